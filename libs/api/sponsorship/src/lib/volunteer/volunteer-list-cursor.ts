/** Position in the volunteer list, which is ordered by `lower(display_name)`, then the volunteer id. */
export interface VolunteerListCursor {
  sortName: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque to clients: base64url of the JSON pair `[sortName, id]` (names may contain any character). */
export function encodeVolunteerListCursor(cursor: VolunteerListCursor): string {
  return Buffer.from(JSON.stringify([cursor.sortName, cursor.id]), 'utf8').toString('base64url');
}

/** The cursor, or null when the text is not one this API issued. */
export function decodeVolunteerListCursor(text: string): VolunteerListCursor | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const [sortName, id] = parsed as unknown[];
  if (typeof sortName !== 'string' || typeof id !== 'string' || !UUID.test(id)) return null;
  return { sortName, id };
}
