/**
 * Position in the family list, which is ordered by urgent first, then longest waiting, then id. `waitingSince`
 * is the timestamp as PostgreSQL prints it with microseconds: a JS Date (milliseconds) would skip or repeat
 * rows that differ only below the millisecond.
 */
export interface FamilyListCursor {
  urgent: boolean;
  waitingSince: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `2026-11-26T09:15:00.123456Z`, as the list query formats `waiting_since`. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Opaque to clients: base64url of the JSON triple `[urgent, waitingSince, id]`. */
export function encodeFamilyListCursor(cursor: FamilyListCursor): string {
  return Buffer.from(
    JSON.stringify([cursor.urgent, cursor.waitingSince, cursor.id]),
    'utf8',
  ).toString('base64url');
}

/** The cursor, or null when the text is not one this API issued. */
export function decodeFamilyListCursor(text: string): FamilyListCursor | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [urgent, waitingSince, id] = parsed as unknown[];
  if (typeof urgent !== 'boolean') return null;
  if (typeof waitingSince !== 'string' || !INSTANT.test(waitingSince)) return null;
  if (Number.isNaN(Date.parse(waitingSince))) return null;
  if (typeof id !== 'string' || !UUID.test(id)) return null;
  return { urgent, waitingSince, id };
}
