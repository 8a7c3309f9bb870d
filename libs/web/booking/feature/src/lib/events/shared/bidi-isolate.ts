/**
 * Wraps a name or free text in Unicode isolates (FSI … PDI) before it goes into a translated sentence, so a
 * Latin name inside Arabic or Persian text (or the reverse) keeps its own direction.
 */
export function isolated(text: string | null | undefined): string {
  return text ? `\u2068${text}\u2069` : '';
}
