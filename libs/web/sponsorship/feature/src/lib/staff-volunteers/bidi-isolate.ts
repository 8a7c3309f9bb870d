/**
 * Wraps a name or free text in Unicode isolates (FSI … PDI) before it goes into a translated sentence, so a
 * Latin name inside Arabic or Persian text (or the reverse) keeps its own direction and does not pull
 * neighbouring brackets and punctuation to the wrong side. Null (a name the viewer may not see; staff always
 * get names) gives an empty string.
 */
export function isolated(text: string | null): string {
  return text === null ? '' : `\u2068${text}\u2069`;
}
