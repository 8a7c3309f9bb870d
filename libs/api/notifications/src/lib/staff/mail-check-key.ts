/**
 * Idempotency key of a staff member's mail check: one per person and minute (UTC), so a double click sends one
 * mail while a check a minute later sends another.
 */
export function mailCheckIdempotencyKey(userId: string, now: Date): string {
  return `mail-check/${userId}/${now.toISOString().slice(0, 16)}`;
}
