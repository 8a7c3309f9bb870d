/**
 * A user's search text as an ILIKE pattern that matches it anywhere, literally: `%`, `_` and the escape
 * character itself are escaped (PostgreSQL's default escape for LIKE is the backslash), so "100%" finds
 * "100%" and not everything that starts with "100".
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
