import type {
  VettingStepKind,
  VettingStepRecord,
  VolunteerStatus,
} from '@zusammen/shared/contracts';
import { REQUIRED_VETTING_STEPS } from '@zusammen/shared/contracts';

/**
 * The volunteer state machine of the domain brief (§ 2), mirrored so the page offers only the moves the
 * API accepts; the API stays the judge (409 VOLUNTEER_INVALID_TRANSITION).
 */
export const VOLUNTEER_NEXT_STATUSES: Readonly<
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

/** Moves that must say why (the reason is kept with the change). */
const NEEDS_REASON: readonly VolunteerStatus[] = ['rejected', 'withdrawn', 'paused', 'inactive'];

export function nextVolunteerStatuses(status: VolunteerStatus): readonly VolunteerStatus[] {
  return VOLUNTEER_NEXT_STATUSES[status];
}

export function statusChangeNeedsReason(next: VolunteerStatus): boolean {
  return NEEDS_REASON.includes(next);
}

/** Required vetting steps not yet recorded, in the order of the contract. */
export function missingVettingSteps(
  recorded: readonly Pick<VettingStepRecord, 'kind'>[],
): VettingStepKind[] {
  const done = new Set(recorded.map((step) => step.kind));
  return REQUIRED_VETTING_STEPS.filter((kind) => !done.has(kind));
}
