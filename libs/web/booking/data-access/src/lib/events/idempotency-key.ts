/**
 * A fresh `Idempotency-Key` for one attempt at a command the visitor may send twice (double click, retry
 * after a network error): the same key on a retry makes the server answer with the first result.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
