import type { RoomAccessibility, RoomSummary } from '@zusammen/shared/contracts';
import { ROOM_ACCESSIBILITY } from '@zusammen/shared/contracts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRoomSummary(value: unknown): value is RoomSummary {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['name'] === 'string' &&
    typeof value['capacity'] === 'number' &&
    Array.isArray(value['accessibility'])
  );
}

/**
 * Checks the shape of `GET /api/rooms` (anything else, e.g. an HTML fallback page, is an error)
 * and drops accessibility values this version cannot name.
 */
export function parseRoomSummaries(raw: unknown): RoomSummary[] {
  if (!Array.isArray(raw) || !raw.every(isRoomSummary)) {
    throw new Error('Unexpected response for /api/rooms');
  }
  return raw.map((room) => ({
    ...room,
    accessibility: room.accessibility.filter((a): a is RoomAccessibility =>
      (ROOM_ACCESSIBILITY as readonly string[]).includes(a),
    ),
  }));
}
