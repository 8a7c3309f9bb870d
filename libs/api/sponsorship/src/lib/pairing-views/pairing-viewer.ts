/**
 * Who reads a pairing: staff (and admins) see everything; a volunteer sees only their own pairings, without
 * staff-only notes, without their own contact data echoed and without the family's contact details before the
 * first meeting is arranged.
 */
export type PairingViewer = { kind: 'staff' } | { kind: 'volunteer'; volunteerId: string };
