import {
  buildAssignmentGraph,
  toAssignmentResult,
  type AssignmentOptions,
  type AssignmentResult,
} from './assignment-graph';
import type { MatchFamily, MatchVolunteer, MatchWeights } from './matching-input';
import { solveMaxWeightBMatching } from './min-cost-flow';

/**
 * Scores are quantised to 1e-9 for the flow, so ties are exact and sums stay integral; the chosen set
 * is therefore optimal to within 1e-9 per assignment (reported totals use the unrounded scores).
 */
const SCORE_UNITS = 1e9;

/**
 * Batch proposal run: the maximum-total-score assignment of families (at most one volunteer each) to
 * volunteers (at most freeCapacity families each) over the pairs passing H1–H7 with score ≥ τ, solved
 * exactly by min-cost flow. A family is left unassigned rather than given a pair that lowers the total
 * (a zero-score pair is never added). Deterministic: same people in any order → same result; among
 * equally good choices, the search prefers longer-waiting families (then lower ids).
 * The result is proposals for coordinators, never pairings.
 */
export function assignBatch(
  families: readonly MatchFamily[],
  volunteers: readonly MatchVolunteer[],
  weights: MatchWeights,
  today: string,
  options: AssignmentOptions = {},
): AssignmentResult {
  const graph = buildAssignmentGraph(families, volunteers, weights, today, options);
  const chosen = solveMaxWeightBMatching({
    leftCapacity: graph.volunteers.map((v) => Math.floor(v.freeCapacity)),
    rightCount: graph.families.length,
    edges: graph.edges.map((e) => ({
      left: e.volunteer,
      right: e.family,
      gain: Math.round(e.total * SCORE_UNITS),
    })),
  });
  return toAssignmentResult(
    graph,
    chosen.map((i) => graph.edges[i]),
  );
}
