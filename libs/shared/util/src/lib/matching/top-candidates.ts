import { emptyExclusionCounts, firstFailingFilter, type ExclusionCounts } from './hard-filters';
import {
  isoDayNumber,
  normaliseMatchWeights,
  type MatchFamily,
  type MatchVolunteer,
  type MatchWeights,
} from './matching-input';
import {
  componentValuesAt,
  toBreakdown,
  weightedTotal,
  type ComponentValues,
  type ScoreBreakdown,
} from './score';

export interface RankedCandidate {
  volunteerId: string;
  score: ScoreBreakdown;
}

export interface TopCandidatesResult {
  /** Best feasible volunteers, best first (higher total, then lower volunteer id). */
  candidates: RankedCandidate[];
  /** Volunteers that passed H1–H7. */
  feasibleCount: number;
  /** Why the others were removed (first failing filter). */
  exclusions: ExclusionCounts;
}

interface Kept {
  id: string;
  total: number;
  values: ComponentValues;
}

/** True when a ranks before b. */
function ranksBefore(a: Kept, b: Kept): boolean {
  return a.total > b.total || (a.total === b.total && a.id < b.id);
}

/**
 * The k best feasible volunteers for one family, with breakdowns and the exclusion counts. One pass
 * over the volunteers keeping a sorted list of at most k (insertion), so 10,000 volunteers cost one
 * filter-and-score each and no full sort.
 */
export function topCandidates(
  family: MatchFamily,
  volunteers: readonly MatchVolunteer[],
  weights: MatchWeights,
  today: string,
  k = 5,
): TopCandidatesResult {
  const normalised = normaliseMatchWeights(weights);
  const todayDay = isoDayNumber(today);
  const exclusions = emptyExclusionCounts();
  const kept: Kept[] = [];
  let feasibleCount = 0;
  for (const volunteer of volunteers) {
    const failed = firstFailingFilter(volunteer, family, today);
    if (failed) {
      exclusions[failed] += 1;
      continue;
    }
    feasibleCount += 1;
    if (k <= 0) continue;
    const values = componentValuesAt(volunteer, family, todayDay);
    const candidate: Kept = { id: volunteer.id, total: weightedTotal(values, normalised), values };
    if (kept.length === k && !ranksBefore(candidate, kept[k - 1])) continue;
    let at = kept.length === k ? k - 1 : kept.length;
    while (at > 0 && ranksBefore(candidate, kept[at - 1])) {
      kept[at] = kept[at - 1];
      at -= 1;
    }
    kept[at] = candidate;
  }
  return {
    candidates: kept.map((c) => ({ volunteerId: c.id, score: toBreakdown(c.values, normalised) })),
    feasibleCount,
    exclusions,
  };
}
