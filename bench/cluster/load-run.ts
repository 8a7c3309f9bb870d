/**
 * bench/cluster/load-run.ts: the mixed load against the local cluster (README.md in this folder).
 *
 *   npm run bench:cluster                          (after `npm run build`; 3 APIs, 2 workers, nginx, ~4 min)
 *   npm run bench:cluster -- --smoke               (or BENCH_SMOKE=1: ~20 s of load, generous thresholds, exit 1)
 *   BENCH_SECONDS=60 BENCH_CLIENTS=24 BENCH_MAX_REQUESTS=50000 BENCH_BASELINE_SECONDS=20 npm run bench:cluster
 *
 * Starts an in-process SMTP counter and the cluster (fresh database and Redis prefix on the local services),
 * seeds the fixtures, warms every process up, runs the same mix against ONE API process directly (the baseline,
 * no nginx) and then against nginx in front of all APIs, checks the invariants, prints everything with the
 * machine, and stops the cluster. Exit 1 when a request failed, an invariant broke, or (smoke) the throughput
 * fell below the floor.
 */
import '../../tools/integration/register-path-aliases';
import { cpus, loadavg } from 'node:os';
import { startSmtpCounter } from '../notifications/smtp-counter';
import { startCluster } from './cluster';
import { DEFAULT_FIXTURE_SIZES, seedFixtures } from './fixtures';
import { checkInvariants } from './invariants';
import { formatLoadReport, runMixedLoad, type LoadReport } from './load';

const SMOKE = process.argv.includes('--smoke') || process.env['BENCH_SMOKE'] === '1';
const num = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const SECONDS = num('BENCH_SECONDS', SMOKE ? 20 : 180);
const BASELINE_SECONDS = num('BENCH_BASELINE_SECONDS', SMOKE ? 8 : 60);
const CLIENTS = num('BENCH_CLIENTS', SMOKE ? 12 : 40);
const MAX_REQUESTS = num('BENCH_MAX_REQUESTS', SMOKE ? 20_000 : 300_000);
/** Smoke floor: far below what even a loaded 2-core machine does, so only a collapse trips it. */
const SMOKE_MIN_THROUGHPUT = num('BENCH_MIN_THROUGHPUT', 15);
const WARM_UP_SECONDS = SMOKE ? 3 : 10;

const machine = () =>
  `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`;

async function main(): Promise<number> {
  const began = Date.now();
  console.log(`bench:cluster${SMOKE ? ' --smoke' : ''} on ${machine()}`);
  const smtp = await startSmtpCounter();
  const cluster = await startCluster({
    apis: 3,
    workers: 2,
    smtpUrl: smtp.url,
    demoData: !SMOKE,
    // mails as fast as the sink takes them, so the outbox drains within the wait
    env: { MAIL_RATE_LIMIT_PER_SECOND: '500' },
  });
  const failures: string[] = [];
  try {
    const fixtures = await seedFixtures(cluster.databaseUrl, cluster.url, {
      ...DEFAULT_FIXTURE_SIZES,
      residents: Math.max(DEFAULT_FIXTURE_SIZES.residents, CLIENTS * 2),
    });
    const load = (baseUrl: string, seconds: number, seed: number) =>
      runMixedLoad(cluster, {
        clients: CLIENTS,
        durationMs: seconds * 1000,
        maxRequests: MAX_REQUESTS,
        baseUrl,
        fixtures,
        seed,
      });
    const warmUp = await load(cluster.url, WARM_UP_SECONDS, 99);
    console.log(
      `warm-up through nginx: ${warmUp.requests} requests, ${warmUp.errors} errors (not counted)`,
    );
    const baseline = await load(cluster.apiUrls[0], BASELINE_SECONDS, 2);
    console.log(`\nBaseline: ONE API process directly (no nginx), ${machine()}`);
    for (const line of formatLoadReport(baseline)) console.log(line);
    const main = await load(cluster.url, SECONDS, 1);
    console.log(
      `\nCluster: nginx → ${cluster.apiUrls.length} API processes, 2 workers, ${machine()}`,
    );
    for (const line of formatLoadReport(main)) console.log(line);
    const ratio = main.throughput / baseline.throughput;
    console.log(
      `\ncluster/single-process throughput ratio ${ratio.toFixed(2)} ` +
        `(${main.throughput.toFixed(1)} / ${baseline.throughput.toFixed(1)} req/s). On ${cpus().length} cores ` +
        `expect between 1 and ${Math.min(3, cpus().length)}: one Node process uses at most one core, three can use them all, but PostgreSQL, ` +
        `Redis, nginx, the workers and this load generator run on the same cores; on a machine shared with other ` +
        `work, three processes also win a larger share of the CPU than one`,
    );

    const invariants = await checkInvariants(cluster.databaseUrl, {
      smtp,
      log: (line) => console.log(line),
    });
    console.log('\nInvariants after the load:');
    for (const result of invariants.results)
      console.log(`  ${result.holds ? 'ok  ' : 'FAIL'} ${result.name}: ${result.detail}`);

    for (const report of [warmUp, baseline, main] as LoadReport[])
      if (report.errors > 0) failures.push(`${report.errors} error(s) against ${report.target}`);
    if (!invariants.holds) failures.push('an invariant is broken');
    if (SMOKE && main.throughput < SMOKE_MIN_THROUGHPUT)
      failures.push(
        `throughput ${main.throughput.toFixed(1)} req/s below the smoke floor of ${SMOKE_MIN_THROUGHPUT}`,
      );
  } finally {
    await cluster.stop();
    await smtp.close();
  }
  console.log(
    `\nbench:cluster took ${((Date.now() - began) / 1000).toFixed(0)} s; machine after: ${machine()}`,
  );
  if (failures.length) {
    console.error(`FAILED: ${failures.join('; ')}`);
    return 1;
  }
  console.log('passed: 0 errors, invariants hold');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
