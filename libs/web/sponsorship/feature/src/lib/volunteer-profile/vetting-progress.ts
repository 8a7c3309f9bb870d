import type {
  VettingStepKind,
  VolunteerProfileResponse,
  VolunteerStatus,
} from '@zusammen/shared/contracts';
import { REQUIRED_VETTING_STEPS, VETTING_STEP_KINDS } from '@zusammen/shared/contracts';

export interface VettingStepView {
  kind: VettingStepKind;
  required: boolean;
  /** ISO date once done, else `null`. */
  completedOn: string | null;
}

/**
 * What the volunteer should read as "what comes next": the first required step still open while being
 * checked, else a word about their status (e.g. `decision` once every step is done, `approved`).
 */
export type NextStep =
  VettingStepKind | 'decision' | Exclude<VolunteerStatus, 'registered' | 'in_vetting'>;

/** Required steps always (done or not), optional ones only once done; in the order a volunteer meets them. */
export function vettingStepsOf(profile: VolunteerProfileResponse): VettingStepView[] {
  return VETTING_STEP_KINDS.map((kind) => {
    const done = profile.vettingSteps.find((s) => s.kind === kind);
    return {
      kind,
      required: REQUIRED_VETTING_STEPS.includes(kind),
      completedOn: done?.completedOn ?? null,
    };
  }).filter((step) => step.required || step.completedOn !== null);
}

export function nextStepOf(profile: VolunteerProfileResponse): NextStep {
  if (profile.status !== 'registered' && profile.status !== 'in_vetting') return profile.status;
  const open = REQUIRED_VETTING_STEPS.find(
    (kind) => !profile.vettingSteps.some((s) => s.kind === kind),
  );
  return open ?? 'decision';
}
