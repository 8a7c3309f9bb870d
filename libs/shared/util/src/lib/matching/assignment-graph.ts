import { firstFailingFilter } from './hard-filters';
import {
  isoDayNumber,
  MATCH_COMPONENTS,
  normaliseMatchWeights,
  type MatchComponent,
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

export interface AssignmentOptions {
  /** τ: only pairs scoring at least this (0–1) become edges. Default 0. */
  threshold?: number;
}

export interface Assignment {
  familyId: string;
  volunteerId: string;
  score: ScoreBreakdown;
}

export interface AssignmentResult {
  /** In family order: longest waiting first, then family id. */
  assignments: Assignment[];
  /** Families without an assignment, same order. */
  unassignedFamilyIds: string[];
  /** Σ of the assignments' totals. */
  totalScore: number;
  /** Each component's share of totalScore (Σ contributions / totalScore; all 0 when nothing is assigned). */
  componentShares: Record<MatchComponent, number>;
}

/** One feasible pair: indices into the graph's sorted volunteers and families. */
export interface CandidateEdge {
  volunteer: number;
  family: number;
  total: number;
  values: ComponentValues;
}

export interface AssignmentGraph {
  /** Sorted by waitingSince, then id: the tie-break order (sponsorship.md § 6). */
  families: MatchFamily[];
  /** Sorted by id. */
  volunteers: MatchVolunteer[];
  /** Every pair passing H1–H7 with total ≥ τ, by family, then volunteer. */
  edges: CandidateEdge[];
  weights: MatchWeights;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function assertUniqueIds(items: readonly { id: string }[], what: string): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) throw new RangeError(`Duplicate ${what} id ${id}`);
    seen.add(id);
  }
}

/**
 * Filters and scores every pair once. Inputs are sorted first, so the same people in any order give
 * the same graph and therefore the same result.
 */
export function buildAssignmentGraph(
  families: readonly MatchFamily[],
  volunteers: readonly MatchVolunteer[],
  weights: MatchWeights,
  today: string,
  options: AssignmentOptions = {},
): AssignmentGraph {
  assertUniqueIds(families, 'family');
  assertUniqueIds(volunteers, 'volunteer');
  const threshold = options.threshold ?? 0;
  const normalised = normaliseMatchWeights(weights);
  const todayDay = isoDayNumber(today);
  const sortedFamilies = [...families].sort((a, b) =>
    a.waitingSince < b.waitingSince ? -1 : a.waitingSince > b.waitingSince ? 1 : byId(a, b),
  );
  const sortedVolunteers = [...volunteers].sort(byId);
  const edges: CandidateEdge[] = [];
  sortedFamilies.forEach((family, f) => {
    sortedVolunteers.forEach((volunteer, v) => {
      if (firstFailingFilter(volunteer, family, today) !== null) return;
      const values = componentValuesAt(volunteer, family, todayDay);
      const total = weightedTotal(values, normalised);
      if (total >= threshold) edges.push({ volunteer: v, family: f, total, values });
    });
  });
  return { families: sortedFamilies, volunteers: sortedVolunteers, edges, weights: normalised };
}

/** Shapes chosen edges (each family at most once) into the result with component shares. */
export function toAssignmentResult(
  graph: AssignmentGraph,
  chosen: readonly CandidateEdge[],
): AssignmentResult {
  const byFamily = new Map<number, CandidateEdge>();
  for (const edge of chosen) byFamily.set(edge.family, edge);
  const assignments: Assignment[] = [];
  const unassignedFamilyIds: string[] = [];
  let totalScore = 0;
  const contributions = Object.fromEntries(MATCH_COMPONENTS.map((c) => [c, 0])) as Record<
    MatchComponent,
    number
  >;
  graph.families.forEach((family, f) => {
    const edge = byFamily.get(f);
    if (!edge) {
      unassignedFamilyIds.push(family.id);
      return;
    }
    const score = toBreakdown(edge.values, graph.weights);
    assignments.push({
      familyId: family.id,
      volunteerId: graph.volunteers[edge.volunteer].id,
      score,
    });
    totalScore += score.total;
    for (const c of MATCH_COMPONENTS) contributions[c] += score.components[c].contribution;
  });
  const componentShares = Object.fromEntries(
    MATCH_COMPONENTS.map((c) => [c, totalScore > 0 ? contributions[c] / totalScore : 0]),
  ) as Record<MatchComponent, number>;
  return { assignments, unassignedFamilyIds, totalScore, componentShares };
}
