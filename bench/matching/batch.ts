/**
 * bench/matching: the pure matching core (libs/shared/util/src/lib/matching), no database.
 *
 *   TS_NODE_PROJECT=bench/tsconfig.json TS_NODE_TRANSPILE_ONLY=true node -r ts-node/register bench/matching/batch.ts
 *   BENCH_FAMILIES=500 BENCH_VOLUNTEERS=1000 …   (smaller run)
 *
 * 1. topCandidates for one family over 10,000 volunteers: p50/p95 over 200 runs (after 20 warm-up runs).
 * 2. assignBatch (exact min-cost flow) on 1,000 families × 2,000 volunteers, once, against the greedy
 *    baseline (assignGreedy) on the same instance in the same run: score ratio and time ratio.
 * Instances are seeded (randomMatchingInstance), so every run sees the same data.
 */
import '../../tools/integration/register-path-aliases';
import { performance } from 'node:perf_hooks';
import {
  assignBatch,
  assignGreedy,
  buildAssignmentGraph,
  DEFAULT_MATCH_WEIGHTS,
  MATCH_COMPONENTS,
  randomMatchingInstance,
  topCandidates,
  type AssignmentResult,
} from '@zusammen/shared/util';
import { percentile } from '../support/measure';

const FAMILIES = Number(process.env['BENCH_FAMILIES'] ?? 1000);
const VOLUNTEERS = Number(process.env['BENCH_VOLUNTEERS'] ?? 2000);
const TOP_K_VOLUNTEERS = 10_000;
const TOP_K_RUNS = 200;

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

function shares(result: AssignmentResult): string {
  return MATCH_COMPONENTS.map((c) => `${c} ${(result.componentShares[c] * 100).toFixed(1)}%`).join(
    ', ',
  );
}

function benchTopCandidates(): void {
  const { families, volunteers, today } = randomMatchingInstance(7, {
    families: 1,
    volunteers: TOP_K_VOLUNTEERS,
  });
  const family = { ...families[0], hasOpenPairing: false, consentGiven: true };
  const times: number[] = [];
  let last = topCandidates(family, volunteers, DEFAULT_MATCH_WEIGHTS, today);
  for (let run = 0; run < 20 + TOP_K_RUNS; run++) {
    const { result, ms } = timed(() =>
      topCandidates(family, volunteers, DEFAULT_MATCH_WEIGHTS, today),
    );
    last = result;
    if (run >= 20) times.push(ms);
  }
  times.sort((a, b) => a - b);
  console.log(`topCandidates: 1 family × ${TOP_K_VOLUNTEERS} volunteers, ${TOP_K_RUNS} runs`);
  console.log(
    `  p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms; ` +
      `feasible ${last.feasibleCount}, best ${last.candidates[0]?.score.total.toFixed(4) ?? '-'}`,
  );
  console.log(`  excluded by: ${JSON.stringify(last.exclusions)}`);
}

function benchBatch(): void {
  const { families, volunteers, today } = randomMatchingInstance(1, {
    families: FAMILIES,
    volunteers: VOLUNTEERS,
  });
  const graph = timed(() =>
    buildAssignmentGraph(families, volunteers, DEFAULT_MATCH_WEIGHTS, today),
  );
  const capacity = volunteers.reduce((sum, v) => sum + (v.eligible ? v.freeCapacity : 0), 0);
  console.log(
    `batch: ${FAMILIES} families × ${VOLUNTEERS} volunteers (eligible capacity ${capacity}), ` +
      `${graph.result.edges.length} feasible pairs; filter+score ${graph.ms.toFixed(0)} ms`,
  );
  const optimal = timed(() => assignBatch(families, volunteers, DEFAULT_MATCH_WEIGHTS, today));
  const greedy = timed(() => assignGreedy(families, volunteers, DEFAULT_MATCH_WEIGHTS, today));
  for (const [name, run] of [
    ['min-cost flow', optimal],
    ['greedy', greedy],
  ] as const) {
    console.log(
      `  ${name.padEnd(13)} ${run.ms.toFixed(0).padStart(6)} ms, total ${run.result.totalScore.toFixed(4)}, ` +
        `assigned ${run.result.assignments.length}, unassigned ${run.result.unassignedFamilyIds.length}`,
    );
  }
  console.log(
    `  score ratio optimal/greedy ${(optimal.result.totalScore / greedy.result.totalScore).toFixed(4)}`,
  );
  console.log(`  time ratio optimal/greedy ${(optimal.ms / greedy.ms).toFixed(2)}`);
  console.log(`  component shares (optimal): ${shares(optimal.result)}`);
}

benchTopCandidates();
benchBatch();
