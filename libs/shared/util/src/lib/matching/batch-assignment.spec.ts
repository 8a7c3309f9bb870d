import { buildAssignmentGraph, type AssignmentResult } from './assignment-graph';
import { assignBatch } from './batch-assignment';
import { assignGreedy } from './greedy-assignment';
import { firstFailingFilter } from './hard-filters';
import { DEFAULT_MATCH_WEIGHTS, type MatchFamily, type MatchVolunteer } from './matching-input';
import { solveMaxWeightBMatching, type BMatchingProblem } from './min-cost-flow';
import { mulberry32, randomMatchingInstance } from './random-matching-instance';
import { scorePair } from './score';

/** Best total over every way to give each family one volunteer or none (capacities respected). */
function bruteForceBest(
  families: MatchFamily[],
  volunteers: MatchVolunteer[],
  today: string,
  threshold: number,
): number {
  const options = families.map((f) =>
    volunteers.flatMap((v, i) => {
      if (firstFailingFilter(v, f, today) !== null) return [];
      const total = scorePair(v, f, DEFAULT_MATCH_WEIGHTS, today).total;
      return total >= threshold ? [{ volunteer: i, total }] : [];
    }),
  );
  const room = volunteers.map((v) => v.freeCapacity);
  const search = (f: number): number => {
    if (f === families.length) return 0;
    let best = search(f + 1); // family f unassigned
    for (const option of options[f]) {
      if (room[option.volunteer] <= 0) continue;
      room[option.volunteer] -= 1;
      best = Math.max(best, option.total + search(f + 1));
      room[option.volunteer] += 1;
    }
    return best;
  };
  return search(0);
}

function expectValid(
  result: AssignmentResult,
  families: MatchFamily[],
  volunteers: MatchVolunteer[],
  today: string,
) {
  const used = new Map<string, number>();
  const assignedFamilies = new Set<string>();
  for (const a of result.assignments) {
    const v = volunteers.find((x) => x.id === a.volunteerId);
    const f = families.find((x) => x.id === a.familyId);
    if (!v || !f) throw new Error('unknown id in result');
    expect(firstFailingFilter(v, f, today)).toBeNull(); // never an excluded or infeasible pair
    expect(assignedFamilies.has(f.id)).toBe(false);
    assignedFamilies.add(f.id);
    used.set(v.id, (used.get(v.id) ?? 0) + 1);
  }
  for (const v of volunteers) expect(used.get(v.id) ?? 0).toBeLessThanOrEqual(v.freeCapacity);
  expect(assignedFamilies.size + result.unassignedFamilyIds.length).toBe(families.length);
  const sum = result.assignments.reduce((s, a) => s + a.score.total, 0);
  expect(result.totalScore).toBeCloseTo(sum, 9);
}

describe('assignBatch', () => {
  it('matches brute force on 300 small random instances (and keeps capacity and filters)', () => {
    let feasiblePairs = 0;
    let instancesWithContention = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const random = mulberry32(seed * 7919);
      const instance = randomMatchingInstance(seed, {
        families: 1 + Math.floor(random() * 5),
        volunteers: 1 + Math.floor(random() * 4),
        maxCapacity: 2,
      });
      const { families, today } = instance;
      // Every other instance is loosened so that most pairs are feasible and families compete.
      const volunteers =
        seed % 2 === 0
          ? instance.volunteers.map((v) => ({
              ...v,
              eligible: true,
              maxDistanceKm: 20,
              certificateClearUntil: '2030-01-01',
            }))
          : instance.volunteers;
      const threshold = seed % 3 === 0 ? 0.55 : 0;
      const result = assignBatch(families, volunteers, DEFAULT_MATCH_WEIGHTS, today, { threshold });
      expectValid(result, families, volunteers, today);
      for (const a of result.assignments) expect(a.score.total).toBeGreaterThanOrEqual(threshold);
      expect(result.totalScore).toBeCloseTo(
        bruteForceBest(families, volunteers, today, threshold),
        7,
      );
      const edges = buildAssignmentGraph(families, volunteers, DEFAULT_MATCH_WEIGHTS, today).edges;
      feasiblePairs += edges.length;
      if (new Set(edges.map((e) => e.family)).size > result.assignments.length)
        instancesWithContention += 1;
    }
    // The instances must exercise the solver, not be trivially empty.
    expect(feasiblePairs).toBeGreaterThan(700);
    expect(instancesWithContention).toBeGreaterThan(50);
  });

  it('is never worse than greedy and beats it on some instances', () => {
    let strictlyBetter = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { families, volunteers, today } = randomMatchingInstance(1000 + seed, {
        families: 40,
        volunteers: 30,
        maxCapacity: 2,
      });
      const optimal = assignBatch(families, volunteers, DEFAULT_MATCH_WEIGHTS, today);
      const greedy = assignGreedy(families, volunteers, DEFAULT_MATCH_WEIGHTS, today);
      expectValid(optimal, families, volunteers, today);
      expectValid(greedy, families, volunteers, today);
      expect(optimal.totalScore).toBeGreaterThanOrEqual(greedy.totalScore - 1e-9);
      if (optimal.totalScore > greedy.totalScore + 1e-9) strictlyBetter += 1;
    }
    expect(strictlyBetter).toBeGreaterThan(0);
  });

  it('gives the same result for the same people in any order', () => {
    const { families, volunteers, today } = randomMatchingInstance(42, {
      families: 60,
      volunteers: 40,
    });
    const random = mulberry32(99);
    const shuffled = <T>(items: T[]) =>
      items
        .map((item) => ({ item, key: random() }))
        .sort((a, b) => a.key - b.key)
        .map((x) => x.item);
    const first = assignBatch(families, volunteers, DEFAULT_MATCH_WEIGHTS, today);
    const again = assignBatch(
      shuffled(families),
      shuffled(volunteers),
      DEFAULT_MATCH_WEIGHTS,
      today,
    );
    expect(again).toEqual(first);
    expect(first.assignments.length).toBeGreaterThan(10);
  });

  it('lists assignments and the unassigned by waitingSince, then id, and reports component shares', () => {
    const { families, volunteers, today } = randomMatchingInstance(8, {
      families: 30,
      volunteers: 15,
    });
    const result = assignBatch(families, volunteers, DEFAULT_MATCH_WEIGHTS, today);
    const order = [...families]
      .sort((a, b) => a.waitingSince.localeCompare(b.waitingSince) || a.id.localeCompare(b.id))
      .map((f) => f.id);
    const assigned = result.assignments.map((a) => a.familyId);
    expect(assigned).toEqual(order.filter((id) => assigned.includes(id)));
    expect(result.unassignedFamilyIds).toEqual(order.filter((id) => !assigned.includes(id)));
    const shares = Object.values(result.componentShares);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('prefers more total score over more assignments', () => {
    // Greedy trap on the solver level: left 0 (capacity 1) is the best choice for both right nodes.
    const problem: BMatchingProblem = {
      leftCapacity: [1, 1],
      rightCount: 2,
      edges: [
        { left: 0, right: 0, gain: 90 },
        { left: 1, right: 0, gain: 80 },
        { left: 0, right: 1, gain: 85 },
      ],
    };
    expect(solveMaxWeightBMatching(problem)).toEqual([1, 2]);
    // One big edge beats two small ones that would block it.
    expect(
      solveMaxWeightBMatching({
        leftCapacity: [1, 1],
        rightCount: 2,
        edges: [
          { left: 0, right: 0, gain: 100 },
          { left: 0, right: 1, gain: 10 },
          { left: 1, right: 0, gain: 10 },
        ],
      }),
    ).toEqual([0]);
    expect(
      solveMaxWeightBMatching({
        leftCapacity: [1],
        rightCount: 1,
        edges: [{ left: 0, right: 0, gain: 0 }],
      }),
    ).toEqual([]);
  });
});

describe('solveMaxWeightBMatching', () => {
  it('matches brute force on 300 random integer problems with ties and zero gains', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = mulberry32(seed);
      const leftCapacity = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
        Math.floor(random() * 3),
      );
      const rightCount = 1 + Math.floor(random() * 5);
      const edges: BMatchingProblem['edges'][number][] = [];
      for (let right = 0; right < rightCount; right++) {
        for (let left = 0; left < leftCapacity.length; left++) {
          if (random() < 0.7) edges.push({ left, right, gain: Math.floor(random() * 6) });
        }
      }
      const chosen = solveMaxWeightBMatching({ leftCapacity, rightCount, edges });
      const load = leftCapacity.map(() => 0);
      const rights = new Set<number>();
      for (const i of chosen) {
        load[edges[i].left] += 1;
        expect(rights.has(edges[i].right)).toBe(false);
        rights.add(edges[i].right);
      }
      load.forEach((n, i) => expect(n).toBeLessThanOrEqual(leftCapacity[i]));
      const room = [...leftCapacity];
      const best = (right: number): number => {
        if (right === rightCount) return 0;
        let value = best(right + 1);
        for (const e of edges) {
          if (e.right !== right || room[e.left] <= 0) continue;
          room[e.left] -= 1;
          value = Math.max(value, e.gain + best(right + 1));
          room[e.left] += 1;
        }
        return value;
      };
      expect(chosen.reduce((s, i) => s + edges[i].gain, 0)).toBe(best(0));
    }
  });
});
