import type { VolunteerStatus } from '@zusammen/shared/contracts';

/**
 * The one table of volunteer status changes (domain brief §2); the service and the web app's actions both
 * follow it. Anything not listed is VOLUNTEER_INVALID_TRANSITION. `→ inactive` additionally needs "no open
 * pairing" (VOLUNTEER_HAS_OPEN_PAIRINGS), checked under the volunteer's row lock.
 */
export const VOLUNTEER_STATUS_TRANSITIONS: Readonly<
  Record<VolunteerStatus, readonly VolunteerStatus[]>
> = {
  registered: ['in_vetting', 'withdrawn'],
  in_vetting: ['approved', 'rejected', 'withdrawn'],
  approved: ['paused', 'inactive'],
  paused: ['approved', 'inactive'],
  rejected: [],
  withdrawn: [],
  inactive: [],
};

/** Statuses staff must give a reason for (kept on the volunteer as `status_reason`). */
export const STATUSES_NEEDING_REASON: readonly VolunteerStatus[] = [
  'rejected',
  'withdrawn',
  'paused',
  'inactive',
];

/**
 * Statuses in which the person never starts: the certificate entry is deleted at once (§ 72a practice,
 * domain brief §3), and no new one is recorded.
 */
export const STATUSES_WITHOUT_CERTIFICATE: readonly VolunteerStatus[] = ['rejected', 'withdrawn'];

export function canChangeVolunteerStatus(from: VolunteerStatus, to: VolunteerStatus): boolean {
  return VOLUNTEER_STATUS_TRANSITIONS[from].includes(to);
}
