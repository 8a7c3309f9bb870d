import { ValidationFailedException } from '@zusammen/api/core';
import { IDEMPOTENCY_KEY_PATTERN } from './event.dto';

/** The `Idempotency-Key` header: absent or blank → null; otherwise 1–200 visible ASCII characters (422 if not). */
export function parseIdempotencyKey(value: string | undefined): string | null {
  const key = value?.trim();
  if (!key) return null;
  if (!IDEMPOTENCY_KEY_PATTERN.test(key))
    throw new ValidationFailedException({
      'Idempotency-Key': ['Idempotency-Key must be 1–200 visible ASCII characters'],
    });
  return key;
}
