import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';
const VALID_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The id under which a request is logged and answered: the caller's `x-request-id` when it is a
 * plausible id (≤ 64 chars of `A-Z a-z 0-9 . _ -`, e.g. from a load balancer), otherwise a new UUID.
 * Anything else (log injection, oversized values, repeated headers) is replaced, never echoed.
 */
export function resolveRequestId(header: string | string[] | undefined): string {
  if (typeof header === 'string' && VALID_REQUEST_ID.test(header)) return header;
  return randomUUID();
}
