/** Subjects and names never span lines (a header must not break; a name must not fake a paragraph). */
export function singleLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
