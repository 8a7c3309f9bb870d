import { Client } from 'pg';
import type { SmtpCounter } from '../notifications/smtp-counter';

/** One checked invariant: `violations` rows (or ids) break it; 0 = holds. */
export interface InvariantResult {
  name: string;
  holds: boolean;
  detail: string;
}

export interface InvariantReport {
  holds: boolean;
  results: InvariantResult[];
  /** Seconds waited for the notification outbox to drain. */
  drainSeconds: number;
}

export interface InvariantOptions {
  /** The SMTP sink the workers mail to; without it the mail check is skipped. */
  smtp?: SmtpCounter;
  /** Longest wait for the outbox to drain (default 90 s). */
  drainTimeoutMs?: number;
  log?: (line: string) => void;
}

const MESSAGE_ID = /^<notification-([0-9a-f-]{36})@/;

/**
 * After a load (or fault) run: waits until no due notification is pending or queued and the SMTP sink has been quiet
 * for 2 s (bounded), then checks by SQL — no overlapping blocking room bookings; every date's `seats_taken` equals
 * its active registrations' seats plus the seats offered to its waiting list, and stays within capacity; no bike
 * with two open rentals and every bike on loan with exactly one active rental; every notification sent by email
 * arrived exactly once (the mailer's Message-ID is `<notification-<id>@host>`, stable across retries, so a re-send
 * shows as a count of 2), no mail arrived that the outbox does not list as sent, and none is left failed.
 */
export async function checkInvariants(
  databaseUrl: string,
  options: InvariantOptions = {},
): Promise<InvariantReport> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const drainStarted = Date.now();
    await waitForDrain(db, options);
    const drainSeconds = (Date.now() - drainStarted) / 1000;
    const results: InvariantResult[] = [];
    const count = async (name: string, sql: string, what: string) => {
      const { rows } = await db.query<{ n: number; sample: string | null }>(sql);
      const n = rows[0]?.n ?? 0;
      results.push({
        name,
        holds: n === 0,
        detail: n === 0 ? what : `${n} violation(s), e.g. ${rows[0]?.sample ?? '?'}`,
      });
    };
    const facts = (
      await db.query<{
        bookings: number;
        registrations: number;
        rentals: number;
        checkins: number;
      }>(
        `SELECT (SELECT count(*)::int FROM room_booking WHERE status IN ('held', 'pending', 'confirmed')) AS bookings,
                (SELECT count(*)::int FROM registration) AS registrations,
                (SELECT count(*)::int FROM rental) AS rentals,
                (SELECT count(*)::int FROM check_in) AS checkins`,
      )
    ).rows[0];

    await count(
      'no double booking',
      `SELECT count(*)::int AS n, min(a.id::text || ' & ' || b.id::text) AS sample
         FROM room_booking a JOIN room_booking b
           ON a.room_id = b.room_id AND a.id < b.id AND a.blocked && b.blocked
        WHERE a.status IN ('held', 'pending', 'confirmed') AND b.status IN ('held', 'pending', 'confirmed')`,
      `${facts.bookings} blocking bookings, none overlapping in a room`,
    );
    await count(
      'no oversold event',
      `WITH seats AS (
         SELECT o.id, o.capacity, o.seats_taken, o.status,
                (SELECT coalesce(sum(r.party_size), 0)::int FROM registration r
                  WHERE r.occurrence_id = o.id AND r.status IN ('requested', 'confirmed', 'checked_in')) AS registered,
                (SELECT coalesce(sum(w.offered_seats), 0)::int FROM waitlist_entry w
                  WHERE w.occurrence_id = o.id AND w.status = 'offered') AS offered
           FROM event_occurrence o)
       SELECT count(*)::int AS n,
              min(id::text || ': taken ' || seats_taken || ', registered ' || registered || ', offered ' || offered ||
                  ', capacity ' || capacity) AS sample
         FROM seats
        WHERE seats_taken > capacity OR (status = 'scheduled' AND seats_taken <> registered + offered)`,
      `${facts.registrations} registrations; seats_taken = registered + offered ≤ capacity on every date`,
    );
    await count(
      'no bike with two open rentals',
      `SELECT count(*)::int AS n, min(bike_id::text) AS sample FROM (
         SELECT bike_id FROM rental WHERE status IN ('reserved', 'active') GROUP BY bike_id HAVING count(*) > 1) x`,
      `${facts.rentals} rentals, at most one open per bike`,
    );
    await count(
      'bikes on loan = active rentals',
      `SELECT count(*)::int AS n, min(b.id::text || ' ' || b.availability || ' with ' || coalesce(x.active, 0) ||
                                     ' active') AS sample
         FROM bike b
         LEFT JOIN (SELECT bike_id, count(*)::int AS active FROM rental WHERE status = 'active' GROUP BY bike_id) x
           ON x.bike_id = b.id
        WHERE (b.availability = 'on_loan') <> (coalesce(x.active, 0) = 1) OR coalesce(x.active, 0) > 1`,
      'every bike on loan has exactly one active rental, and no other bike has one',
    );
    await count(
      'no notification left failed or due',
      `SELECT count(*)::int AS n, min(id::text || ' ' || type || ' ' || status || ' ' || coalesce(last_error, ''))
              AS sample
         FROM notification
        WHERE status = 'failed' OR (status IN ('pending', 'queued') AND deliver_after <= now())`,
      `outbox drained in ${drainSeconds.toFixed(1)} s`,
    );
    if (options.smtp) results.push(await mailedExactlyOnce(db, options.smtp));
    return { holds: results.every((r) => r.holds), results, drainSeconds };
  } finally {
    await db.end();
  }
}

/** Every email notification marked sent arrived exactly once; nothing arrived that is not marked sent. */
async function mailedExactlyOnce(db: Client, smtp: SmtpCounter): Promise<InvariantResult> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM notification WHERE status = 'sent' AND channel = 'email'`,
  );
  const sent = new Set(rows.map((row) => row.id));
  let missing = 0;
  let duplicated = 0;
  let unknown = 0;
  const samples: string[] = [];
  const arrived = new Map<string, number>();
  for (const [messageId, n] of smtp.counts) {
    const id = MESSAGE_ID.exec(messageId)?.[1];
    if (!id) continue; // not a notification (e.g. a mail check of another tool)
    arrived.set(id, (arrived.get(id) ?? 0) + n);
  }
  for (const id of sent) {
    const n = arrived.get(id) ?? 0;
    if (n === 0) missing += 1;
    if (n > 1) duplicated += 1;
    if (n !== 1 && samples.length < 3) samples.push(`${id} ×${n}`);
  }
  for (const id of arrived.keys())
    if (!sent.has(id)) {
      unknown += 1;
      if (samples.length < 3) samples.push(`${id} arrived, not marked sent`);
    }
  const holds = missing === 0 && duplicated === 0 && unknown === 0;
  return {
    name: 'every notification mailed exactly once',
    holds,
    detail: holds
      ? `${sent.size} sent by email, ${smtp.received()} mails arrived, each once`
      : `${sent.size} sent by email: ${missing} missing, ${duplicated} duplicated, ${unknown} unknown (${samples.join('; ')})`,
  };
}

async function waitForDrain(db: Client, options: InvariantOptions): Promise<void> {
  const deadline = Date.now() + (options.drainTimeoutMs ?? 90_000);
  let lastReceived = -1;
  let quietSince = Date.now();
  for (;;) {
    const { rows } = await db.query<{ due: number }>(
      `SELECT count(*)::int AS due FROM notification
        WHERE status IN ('pending', 'queued') AND deliver_after <= now()`,
    );
    const received = options.smtp?.received() ?? 0;
    if (received !== lastReceived) {
      lastReceived = received;
      quietSince = Date.now();
    }
    if (rows[0].due === 0 && Date.now() - quietSince >= 2_000) return;
    if (Date.now() > deadline) {
      options.log?.(`outbox not drained after the wait: ${rows[0].due} due notification(s) left`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
