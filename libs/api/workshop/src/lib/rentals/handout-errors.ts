import { ValidationFailedException } from '@zusammen/api/core';
import { HANDOUT_REFUSALS, type HandoutRefusal } from '@zusammen/shared/contracts';
import { QueryFailedError } from 'typeorm';

const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

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

function driverError(
  error: unknown,
): { code?: string; constraint?: string; message?: string } | null {
  return error instanceof QueryFailedError
    ? (error.driverError as { code?: string; constraint?: string; message?: string })
    : null;
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driver = driverError(error);
  return driver?.code === '23505' && driver.constraint === constraint;
}

/**
 * The refusal a database guard raised during a handout, or null: the trigger `tr_rental_handout_gate` raises
 * check_violation `ck_rental_handout_gate` with the refusal as message; the partial unique index
 * `uq_rental_bike_open` means someone else got the bike first.
 */
export function databaseRefusal(error: unknown): HandoutRefusal | null {
  const driver = driverError(error);
  if (!driver) return null;
  if (driver.code === '23514' && driver.constraint === 'ck_rental_handout_gate') {
    const message = driver.message ?? '';
    return HANDOUT_REFUSALS.find((code) => message.includes(code)) ?? 'INSPECTION_MISSING';
  }
  if (driver.code === '23505' && driver.constraint === 'uq_rental_bike_open')
    return 'BIKE_NOT_AVAILABLE';
  return null;
}
