import { performance } from 'node:perf_hooks';
import { mulberry32 } from '@zusammen/shared/util';
import type { Cluster } from './cluster-types';
import { seedFixtures, type Fixtures, type FixtureSizes } from './fixtures';
import { BudgetExhausted, HttpClient, LoadBudget } from './workload/http';
import { LoadRecorder, type LoadReport } from './workload/load-report';
import { ROLE_CYCLE, runRole } from './workload/virtual-users';

export type { LoadReport } from './workload/load-report';
export { formatLoadReport } from './workload/load-report';

export interface MixedLoadOptions {
  /** Concurrent virtual users (closed loop, no think time). */
  clients: number;
  /** The run ends after this long … */
  durationMs: number;
  /** … or after this many requests, whichever comes first. */
  maxRequests: number;
  /** Per-request timeout (default 10 s); a timeout counts as an error. */
  timeoutMs?: number;
  /** Where the users send their requests (default cluster.url, i.e. nginx). */
  baseUrl?: string;
  /** Seeded data to use; unset = seeded now (seedFixtures) in the cluster's database. */
  fixtures?: Fixtures;
  fixtureSizes?: FixtureSizes;
  /** Seed of the users' random choices (default 1), so runs are comparable. */
  seed?: number;
  /** Called once per second with the requests and errors so far (e.g. for a fault script's timeline). */
  onTick?: (progress: { seconds: number; requests: number; errors: number }) => void;
}

/**
 * The mixed load (README.md): `clients` virtual users — browsing the public programme, organizers booking rooms,
 * residents registering for events, desks handing out and taking back bikes, volunteers logging contacts — against
 * the cluster behind nginx, bounded by time and by request count. Resolves with the report; never throws for a
 * failed request (those are counted).
 */
export async function runMixedLoad(
  cluster: Pick<Cluster, 'url' | 'databaseUrl'>,
  options: MixedLoadOptions,
): Promise<LoadReport & { fixtures: Fixtures }> {
  const base = options.baseUrl ?? cluster.url;
  const fixtures =
    options.fixtures ??
    (await seedFixtures(cluster.databaseUrl, cluster.url, options.fixtureSizes));
  const recorder = new LoadRecorder();
  const started = performance.now();
  const budget = new LoadBudget(started + options.durationMs, options.maxRequests);
  const random = mulberry32(options.seed ?? 1);
  const perRole = new Map<string, number>();
  const ticker = options.onTick
    ? setInterval(
        () =>
          options.onTick?.({
            seconds: (performance.now() - started) / 1000,
            requests: recorder.requests,
            errors: recorder.errorCount(),
          }),
        1000,
      )
    : undefined;
  try {
    await Promise.all(
      Array.from({ length: options.clients }, async (_, i) => {
        const role = ROLE_CYCLE[i % ROLE_CYCLE.length];
        const slot = perRole.get(role) ?? 0;
        perRole.set(role, slot + 1);
        const http = new HttpClient(base, recorder, budget, options.timeoutMs ?? 10_000);
        const userRandom = mulberry32(Math.floor(random() * 2 ** 32));
        try {
          await runRole(role, { http, fixtures, slot, random: userRandom });
        } catch (error) {
          if (!(error instanceof BudgetExhausted)) throw error;
        }
      }),
    );
  } finally {
    if (ticker) clearInterval(ticker);
  }
  const seconds = (performance.now() - started) / 1000;
  return { ...recorder.report(base, options.clients, seconds), fixtures };
}
