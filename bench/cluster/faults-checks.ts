/**
 * What the fault run verifies in PostgreSQL, against the mails the SMTP switch counted:
 * - drained: every due e-mail notification created before a moment is `sent` and its Message-ID arrived;
 * - the ledger: every due e-mail row arrived exactly once (lost = never arrived, duplicated = more than once);
 * - acknowledged writes: every registration a 2xx answer named exists and has its `registration-confirmed` row.
 * Message-IDs are `<notification-<row id>@<host>>` (libs/api/notifications/.../notification-message-id.ts).
 */
import { Client } from 'pg';

const NOTIFICATION_ID = /^<notification-([0-9a-f-]{36})@/i;

/** Row id → arrival times, from the switch's Message-ID map (other Message-IDs are ignored). */
export function arrivalsByRow(arrivals: Map<string, number[]>): Map<string, number[]> {
  const byRow = new Map<string, number[]>();
  for (const [messageId, times] of arrivals) {
    const id = NOTIFICATION_ID.exec(messageId)?.[1]?.toLowerCase();
    if (id) byRow.set(id, times);
  }
  return byRow;
}

export interface LedgerRow {
  id: string;
  createdAt: number;
  status: string;
  arrivals: number[];
}

export interface Ledger {
  rows: LedgerRow[];
  /** Due e-mail rows never received. */
  lost: LedgerRow[];
  /** Rows received more than once. */
  duplicated: LedgerRow[];
  /** Rows that ended `failed` (retries exhausted) — a fault must not cause this either. */
  failed: LedgerRow[];
}

async function withClient<T>(databaseUrl: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Due e-mail rows (`deliver_after` passed) with their status; reminders of a month ahead are not due. */
async function dueEmailRows(
  client: Client,
): Promise<{ id: string; created_at: Date; status: string }[]> {
  const { rows } = await client.query<{ id: string; created_at: Date; status: string }>(
    `SELECT id::text, created_at, status FROM notification
      WHERE channel = 'email' AND deliver_after <= now() AND status <> 'cancelled'`,
  );
  return rows;
}

/**
 * True when every due e-mail row created before `createdBefore` is `sent` and arrived. A closed connection
 * (PostgreSQL restarting) counts as not drained.
 */
export async function drained(
  databaseUrl: string,
  createdBefore: number,
  arrivals: Map<string, number[]>,
): Promise<boolean> {
  try {
    const rows = await withClient(databaseUrl, dueEmailRows);
    const received = arrivalsByRow(arrivals);
    return rows
      .filter((row) => row.created_at.getTime() <= createdBefore)
      .every((row) => row.status === 'sent' && (received.get(row.id)?.length ?? 0) > 0);
  } catch {
    return false;
  }
}

export async function ledger(
  databaseUrl: string,
  arrivals: Map<string, number[]>,
): Promise<Ledger> {
  const rows = await withClient(databaseUrl, dueEmailRows);
  const received = arrivalsByRow(arrivals);
  const entries: LedgerRow[] = rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at.getTime(),
    status: row.status,
    arrivals: received.get(row.id) ?? [],
  }));
  return {
    rows: entries,
    lost: entries.filter((row) => row.arrivals.length === 0),
    duplicated: entries.filter((row) => row.arrivals.length > 1),
    failed: entries.filter((row) => row.status === 'failed'),
  };
}

/** Acknowledged registrations that are missing, or whose confirmation notification is missing. */
export async function missingWrites(
  databaseUrl: string,
  registrationIds: string[],
): Promise<{ registrations: string[]; notifications: string[] }> {
  if (registrationIds.length === 0) return { registrations: [], notifications: [] };
  return withClient(databaseUrl, async (client) => {
    const present = new Set(
      (
        await client.query<{ id: string }>(
          `SELECT id::text FROM registration WHERE id = ANY($1::uuid[])`,
          [registrationIds],
        )
      ).rows.map((row) => row.id),
    );
    const keys = registrationIds.map((id) => `registration-confirmed/${id}`);
    const notified = new Set(
      (
        await client.query<{ key: string }>(
          `SELECT idempotency_key AS key FROM notification WHERE idempotency_key = ANY($1::text[])`,
          [keys],
        )
      ).rows.map((row) => row.key),
    );
    return {
      registrations: registrationIds.filter((id) => !present.has(id)),
      notifications: registrationIds.filter((id) => !notified.has(`registration-confirmed/${id}`)),
    };
  });
}
