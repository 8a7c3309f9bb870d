/**
 * Position in the pairing list, which is ordered by the newest state change first, then id. `stateSince` is the
 * timestamp as PostgreSQL prints it with microseconds: a JS Date (milliseconds) would skip or repeat rows that
 * differ only below the millisecond.
 */
export interface PairingListCursor {
  stateSince: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `2026-11-26T09:15:00.123456Z`, as {@link STATE_SINCE_KEY_SQL} formats it. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** `p.state_since` in the cursor's format. */
export const STATE_SINCE_KEY_SQL = `to_char(p.state_since AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Opaque to clients: base64url of the JSON pair `[stateSince, id]`. */
export function encodePairingListCursor(cursor: PairingListCursor): string {
  return Buffer.from(JSON.stringify([cursor.stateSince, cursor.id]), 'utf8').toString('base64url');
}

/** The cursor, or null when the text is not one this API issued. */
export function decodePairingListCursor(text: string): PairingListCursor | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const [stateSince, id] = parsed as unknown[];
  if (typeof stateSince !== 'string' || !INSTANT.test(stateSince)) return null;
  if (Number.isNaN(Date.parse(stateSince))) return null;
  if (typeof id !== 'string' || !UUID.test(id)) return null;
  return { stateSince, id: id.toLowerCase() };
}
