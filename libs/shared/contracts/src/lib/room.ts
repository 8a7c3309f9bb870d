/** Accessibility features of a room of the Haus der Begegnung (booking brief). */
export const ROOM_ACCESSIBILITY = ['step_free', 'hearing_loop', 'accessible_wc'] as const;
export type RoomAccessibility = (typeof ROOM_ACCESSIBILITY)[number];

/** Public view of a room: what a visitor needs to know before coming. */
export interface RoomSummary {
  id: string;
  /** Stable short name used in URLs and demo data, e.g. `grosser-saal`. */
  slug: string;
  name: string;
  /** Approved maximum occupancy. */
  capacity: number;
  accessibility: RoomAccessibility[];
  features: string[];
}
