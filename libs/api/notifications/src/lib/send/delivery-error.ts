/** Longest `last_error` kept on a notification row. */
export const MAX_LAST_ERROR_LENGTH = 500;

/**
 * The error text stored in `last_error` and shown to staff: one line, credentials in URLs (`//user:pass@`) and
 * `password=`/`pass=` values masked, at most {@link MAX_LAST_ERROR_LENGTH} characters.
 */
export function describeDeliveryError(error: unknown): string {
  const raw =
    error instanceof Error ? `${error.name}: ${error.message}` : String(error ?? 'unknown error');
  const masked = raw
    .replace(/\/\/[^\s/@]*:[^\s/@]*@/g, '//***@')
    .replace(/\b(pass(?:word)?|token|secret)=\S+/gi, '$1=***')
    .replace(/\s+/g, ' ')
    .trim();
  return masked.length > MAX_LAST_ERROR_LENGTH
    ? `${masked.slice(0, MAX_LAST_ERROR_LENGTH - 1)}…`
    : masked;
}
