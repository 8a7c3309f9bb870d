import { randomBytes } from 'node:crypto';

/** A short random suffix for natural keys in tests (`test-room-3f9a1c`), so tests never collide. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}
