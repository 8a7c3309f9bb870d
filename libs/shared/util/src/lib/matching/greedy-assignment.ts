import {
  buildAssignmentGraph,
  toAssignmentResult,
  type AssignmentOptions,
  type AssignmentResult,
  type CandidateEdge,
} from './assignment-graph';
import type { MatchFamily, MatchVolunteer, MatchWeights } from './matching-input';

/**
 * Baseline only (tests and bench/matching compare assignBatch against it): take pairs best score
 * first while both sides have room. Fast, but it can block a better overall assignment.
 */
export function assignGreedy(
  families: readonly MatchFamily[],
  volunteers: readonly MatchVolunteer[],
  weights: MatchWeights,
  today: string,
  options: AssignmentOptions = {},
): AssignmentResult {
  const graph = buildAssignmentGraph(families, volunteers, weights, today, options);
  const order = [...graph.edges].sort(
    (a, b) => b.total - a.total || a.family - b.family || a.volunteer - b.volunteer,
  );
  const room = graph.volunteers.map((v) => Math.floor(v.freeCapacity));
  const familyTaken = new Uint8Array(graph.families.length);
  const chosen: CandidateEdge[] = [];
  for (const edge of order) {
    if (familyTaken[edge.family] || room[edge.volunteer] <= 0 || edge.total <= 0) continue;
    familyTaken[edge.family] = 1;
    room[edge.volunteer] -= 1;
    chosen.push(edge);
  }
  return toAssignmentResult(graph, chosen);
}
