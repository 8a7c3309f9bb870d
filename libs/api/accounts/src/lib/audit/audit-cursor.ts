/**
 * The audit log pages newest first by its identity id (monotonic, unlike `occurred_at`, which ties within a
 * transaction). The cursor is the last id seen, base64url-encoded so clients treat it as opaque.
 */
export function encodeAuditCursor(lastId: string): string {
  return Buffer.from(`a${lastId}`, 'utf8').toString('base64url');
}

/** The id before which the next page starts, or null when the text is not a cursor this API issued. */
export function decodeAuditCursor(text: string): string | null {
  const decoded = Buffer.from(text, 'base64url').toString('utf8');
  const match = /^a([1-9]\d{0,18})$/.exec(decoded);
  if (!match) return null;
  // bigint range: ids beyond it were never issued
  return BigInt(match[1]) <= 9223372036854775807n ? match[1] : null;
}
