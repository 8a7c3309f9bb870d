/** Roles of DESIGN.md §7. One user may hold several. */
export const ROLES = ['admin', 'staff', 'volunteer', 'organizer', 'workshop', 'resident'] as const;
export type Role = (typeof ROLES)[number];
