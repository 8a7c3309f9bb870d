/**
 * Gentle background traffic for the fault run (bench/cluster/faults-run.ts): steady writes that each create a
 * notification (self-service event registrations → `registration-confirmed` mail, plus a reminder due a month
 * later) and public reads, through nginx. Every request is logged with its start/end time and HTTP status
 * (0 = network error), so errors can be attributed to a fault window and every acknowledged (2xx) write checked
 * afterwards. The residents, their sessions and the events are written by SQL (argon2 sign-ins would only burn
 * the CPU the cluster needs).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { insertSession } from '../support/sql-session';

export interface RequestRecord {
  kind: 'register' | 'read' | 'canary';
  start: number;
  end: number;
  /** HTTP status; 0 = no answer (connection refused/reset, timeout). */
  status: number;
  /** Registration id of an acknowledged write. */
  registrationId?: string;
}

export interface TrafficOptions {
  /** Registrations per second (default 6). */
  writesPerSecond?: number;
  /** Public reads per second (default 10). */
  readsPerSecond?: number;
  /** Residents (each registers at most once per date; default 400). */
  residents?: number;
  /** Event dates (default 20). */
  dates?: number;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
}

export interface Traffic {
  records: RequestRecord[];
  /** One registration by a resident kept for canaries; resolves to the record (2xx = the write path works). */
  canary(): Promise<RequestRecord>;
  stop(): Promise<void>;
}

interface Resident {
  headers: Record<string, string>;
  /** Next date index this resident registers for. */
  next: number;
}

/** Residents with sessions (cookie + CSRF header as the web app sends them) and a room with `dates` event dates. */
async function seed(
  databaseUrl: string,
  residents: number,
  dates: number,
): Promise<{ people: Resident[]; occurrenceIds: string[] }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tag = randomBytes(4).toString('hex');
    const users: { id: string }[] = (
      await client.query(
        `INSERT INTO user_account (email, display_name, roles, locale, email_verified_at)
         SELECT 'faults-' || $1 || '-' || i || '@bench.invalid', 'Fault ' || i, ARRAY['resident'],
                (ARRAY['de','en','ar','fa','uk'])[1 + i % 5], now()
           FROM generate_series(1, $2) AS i
         RETURNING id`,
        [tag, residents],
      )
    ).rows;
    const people: Resident[] = [];
    for (const user of users) {
      const session = await insertSession(client, user.id, 'faults');
      people.push({
        headers: { ...session, 'content-type': 'application/json' },
        next: 0,
      });
    }
    const room: { id: string } = (
      await client.query(
        `INSERT INTO room (slug, name, capacity) VALUES ('faults-' || $1, 'Fault-Saal ' || $1, 100000) RETURNING id`,
        [tag],
      )
    ).rows[0];
    const occurrenceIds: string[] = [];
    for (let i = 0; i < dates; i += 1) {
      // a month ahead, so the reminders (start − 24 h) stay pending and only the confirmations are due now
      const { rows } = await client.query<{ id: string }>(
        `WITH b AS (
           INSERT INTO room_booking (room_id, kind, title, starts_at, ends_at, blocked, status)
           SELECT $1, 'booking', 'Fault run ' || $2, s, s + interval '1 hour', tstzrange(s, s + interval '1 hour', '[)'), 'confirmed'
             FROM (SELECT date_trunc('hour', now()) + interval '30 days' + $2 * interval '2 hours' AS s) t
           RETURNING id, room_id, starts_at, ends_at),
         e AS (
           INSERT INTO booking_event (title, description, audience, public, languages_spoken, capacity,
                                      requires_approval, waitlist_enabled)
           VALUES (jsonb_build_object('de', 'Fehlerprobe ' || $2), '{}'::jsonb, 'everyone', true, ARRAY['de'],
                   100000, false, false)
           RETURNING id)
         INSERT INTO event_occurrence (event_id, room_booking_id, room_id, starts_at, ends_at, capacity)
         SELECT e.id, b.id, b.room_id, b.starts_at, b.ends_at, 100000 FROM b, e
         RETURNING id`,
        [room.id, i],
      );
      occurrenceIds.push(rows[0].id);
    }
    return { people, occurrenceIds };
  } finally {
    await client.end();
  }
}

/** Starts the traffic against `baseUrl` (nginx); `databaseUrl` is only used for the seed. */
export async function startTraffic(
  baseUrl: string,
  databaseUrl: string,
  options: TrafficOptions = {},
): Promise<Traffic> {
  const writesPerSecond = options.writesPerSecond ?? 6;
  const readsPerSecond = options.readsPerSecond ?? 10;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const { people, occurrenceIds } = await seed(
    databaseUrl,
    options.residents ?? 400,
    options.dates ?? 20,
  );
  const canaries = people.splice(0, Math.min(50, Math.floor(people.length / 4)));
  const records: RequestRecord[] = [];
  const inFlight = new Set<Promise<void>>();
  let stopped = false;
  let cursor = 0;

  async function register(person: Resident, kind: 'register' | 'canary'): Promise<RequestRecord> {
    const occurrenceId = occurrenceIds[person.next % occurrenceIds.length];
    person.next += 1;
    const start = Date.now();
    const record: RequestRecord = { kind, start, end: start, status: 0 };
    try {
      const response = await fetch(
        `${baseUrl}/api/events/occurrences/${occurrenceId}/registrations`,
        {
          method: 'POST',
          headers: { ...person.headers, 'idempotency-key': randomUUID() },
          body: JSON.stringify({ partySize: 1, waitlist: false }),
          signal: AbortSignal.timeout(timeoutMs),
        },
      );
      record.status = response.status;
      const body = (await response.json().catch(() => null)) as {
        registrationId?: string | null;
      } | null;
      if (response.ok && body?.registrationId) record.registrationId = body.registrationId;
    } catch {
      record.status = 0;
    }
    record.end = Date.now();
    records.push(record);
    return record;
  }

  async function read(): Promise<void> {
    const start = Date.now();
    const record: RequestRecord = { kind: 'read', start, end: start, status: 0 };
    try {
      const response = await fetch(`${baseUrl}/api/events/public`, {
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer();
      record.status = response.status;
    } catch {
      record.status = 0;
    }
    record.end = Date.now();
    records.push(record);
  }

  function track(promise: Promise<unknown>): void {
    const done = promise.then(() => undefined);
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  }

  // open-loop pacing: a request every 1/rate s whether or not the previous one answered (like real users),
  // so a hanging dependency shows up as requests piling up rather than as silently lower traffic
  function pace(perSecond: number, fire: () => void): NodeJS.Timeout | undefined {
    if (perSecond <= 0) return undefined;
    return setInterval(() => {
      if (!stopped) fire();
    }, 1000 / perSecond);
  }
  const timers = [
    pace(writesPerSecond, () => {
      const person = people[cursor % people.length];
      cursor += 1;
      if (person.next >= occurrenceIds.length) return; // every date taken: the run outlived the seed
      track(register(person, 'register'));
    }),
    pace(readsPerSecond, () => track(read())),
  ];
  let canaryCursor = 0;

  return {
    records,
    canary: () => {
      const person = canaries[canaryCursor % canaries.length];
      canaryCursor += 1;
      return register(person, 'canary');
    },
    async stop() {
      stopped = true;
      for (const timer of timers) if (timer) clearInterval(timer);
      await Promise.allSettled([...inFlight]);
    },
  };
}
