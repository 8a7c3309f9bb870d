import type { OpeningHours, RoomAccessibility, RoomDetail } from '@zusammen/shared/contracts';

/** A room row as the booking pages read it. */
export interface RoomDetailRow {
  id: string;
  slug: string;
  name: string;
  capacity: number;
  accessibility: RoomAccessibility[];
  features: string[];
  setup_minutes: number;
  teardown_minutes: number;
  requires_approval: boolean;
  opening_hours: OpeningHours[];
  max_days_ahead: number;
  key_location: string | null;
}

export const ROOM_DETAIL_COLUMNS = `id, slug, name, capacity, accessibility, features, setup_minutes, teardown_minutes,
  requires_approval, opening_hours, max_days_ahead, key_location`;

/** Opening hours in a stable order (weekday, then opening time). */
export function sortOpeningHours(hours: readonly OpeningHours[]): OpeningHours[] {
  return [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
}

/**
 * The booking view of a room. Where the key is kept is for staff only (it may name a key safe or its code);
 * organizers get it handed over at the desk.
 */
export function toRoomDetail(row: RoomDetailRow, staff: boolean): RoomDetail {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    capacity: row.capacity,
    accessibility: [...row.accessibility],
    features: [...row.features],
    setupMinutes: row.setup_minutes,
    teardownMinutes: row.teardown_minutes,
    requiresApproval: row.requires_approval,
    openingHours: sortOpeningHours(row.opening_hours),
    maxDaysAhead: row.max_days_ahead,
    keyLocation: staff ? row.key_location : null,
  };
}
