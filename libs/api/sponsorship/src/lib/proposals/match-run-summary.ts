import { firstFailingFilter, type MatchFamily, type MatchVolunteer } from '@zusammen/shared/util';

/** Distances are coarse (district centres ±1 km): one decimal is all they can say. */
export const roundToTenth = (km: number): number => Math.round(km * 10) / 10;

/** Floating-point sums can land a hair outside [0, 1]; `ck_match_proposal_score_range` allows exactly that. */
export const clampScore = (total: number): number => Math.min(1, Math.max(0, total));

/**
 * "Why no proposal?" for the families a run left out: how many volunteers pass every hard filter for each.
 * 0 means the filters leave nobody; more means the feasible volunteers were better used elsewhere or scored
 * below τ. Same order as `families`.
 */
export function feasibleCounts(
  families: readonly MatchFamily[],
  volunteers: readonly MatchVolunteer[],
  today: string,
): number[] {
  return families.map(
    (family) =>
      volunteers.filter((volunteer) => firstFailingFilter(volunteer, family, today) === null)
        .length,
  );
}
