/**
 * bench/cluster/faults-run.ts: faults during load (issue 8). Needs `npm run build` (api, worker).
 *
 *   npm run bench:faults                 Redis away 30 s, PostgreSQL restart, worker SIGKILL, SMTP refusing 60 s
 *   npm run bench:faults -- --smoke      short outages (Redis 5 s, SMTP 10 s), for the test command
 *   FAULTS_REDIS_SECONDS=10 FAULTS_SMTP_SECONDS=20 npm run bench:faults     (see faults-config.ts)
 *
 * A cluster with its own PostgreSQL and Redis (3 APIs behind nginx, 2 workers) sends its mail to an in-process
 * SMTP switch; background traffic registers residents for events (each a notification) and reads the public
 * programme. The faults come one after the other, each followed by a quiet gap. Per fault it records the
 * requests and errors seen, each API's readiness (polled every 250 ms), the recovery time (all ready + a canary
 * write succeeds + every due mail created before the outage ended delivered) and, at the end, lost and
 * duplicated notifications (every due e-mail row arrived exactly once, counted by Message-ID) and lost writes
 * (every 2xx registration exists with its notification). Exit 1 when something is lost or duplicated or a
 * fault does not recover within FAULTS_RECOVERY_BOUND_SECONDS.
 */
import '../../tools/integration/register-path-aliases';
import { cpus, loadavg } from 'node:os';
import { startCluster } from './cluster';
import type { Cluster } from './cluster-types';
import { drained, ledger, missingWrites, type Ledger } from './faults-checks';
import { checkInvariants } from './invariants';
import { faultsConfig, type FaultsConfig } from './faults-config';
import { formatTable, type FaultResult } from './faults-report';
import { startTraffic, type Traffic } from './faults-traffic';
import { watchReadiness, type ReadinessWatch } from './readiness-watch';
import { startSmtpSwitch, type SmtpSwitch } from './smtp-switch';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const began = Date.now();
const log = (line: string) =>
  console.log(`[faults +${((Date.now() - began) / 1000).toFixed(1)}s] ${line}`);
const machine = () =>
  `${cpus().length} cores, load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`;

/**
 * Waits (at most 5 s) until a mail is being transferred, so the fault hits a worker between reading a row and
 * marking it sent — the moment where a mail could be lost or sent twice. With two workers, the one that will be
 * killed holds it about half of the time.
 */
async function untilMailInTransfer(smtp: SmtpSwitch): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (smtp.transfers() === 0 && Date.now() < deadline) await sleep(5);
}

interface Fault {
  name: string;
  expected: string;
  /** Causes the outage and ends it; resolves to the moment it ended (recovery is measured from there). */
  run(): Promise<number>;
}

interface Context {
  config: FaultsConfig;
  cluster: Cluster;
  smtp: SmtpSwitch;
  watch: ReadinessWatch;
  traffic: Traffic;
}

/** When the SIGKILL was sent (duplicates whose first copy came shortly before belong to its window). */
let killStartedAt: number | undefined;

function faults({ config, cluster, smtp }: Context): Fault[] {
  return [
    {
      name: `Redis stopped ${config.redisSeconds} s`,
      expected:
        'readiness red while Redis is away (the ready check pings it); requests need only PostgreSQL, so no ' +
        'errors; mails wait as pending rows and go out once the relay reaches Redis again.',
      async run() {
        await cluster.stopRedis();
        await sleep(config.redisSeconds * 1000);
        await cluster.startRedis();
        return Date.now();
      },
    },
    {
      name: 'PostgreSQL restarted',
      expected:
        'requests in flight while the server restarts (and pooled connections it cut) fail with 5xx; readiness ' +
        'red for about as long; a mail whose job failed is retried by the queue (15–30 s backoff).',
      async run() {
        await untilMailInTransfer(smtp);
        log(`  ${smtp.transfers()} mail(s) in transfer at the restart`);
        await cluster.restartPostgres();
        return Date.now();
      },
    },
    {
      name: 'worker SIGKILL',
      expected:
        'no request errors, readiness stays green; the killed worker’s running jobs are taken over after ' +
        'its lock expires (~10–15 s); at most the mails it had accepted-but-not-marked are sent twice.',
      async run() {
        await untilMailInTransfer(smtp);
        log(`  ${smtp.transfers()} mail(s) in transfer at the kill`);
        killStartedAt = Date.now();
        await cluster.killWorker(0, 'SIGKILL');
        const killedAt = Date.now();
        await sleep(config.restartDelaySeconds * 1000);
        await cluster.startWorker(0);
        return killedAt;
      },
    },
    {
      name: `SMTP refusing ${config.smtpSeconds} s`,
      expected:
        'no request errors, readiness stays green (SMTP is not a readiness dependency); refused mails are ' +
        'retried with backoff (15–30 s, 30–60 s, 60–120 s) and then delivered once.',
      async run() {
        smtp.refuse();
        await sleep(config.smtpSeconds * 1000);
        smtp.accept();
        return Date.now();
      },
    },
  ];
}

/** Polls until all APIs are ready, a canary registration succeeds and the fault's mails are out; null on bound. */
async function awaitRecovery(context: Context, endedAt: number): Promise<number | null> {
  const deadline = endedAt + context.config.recoveryBoundSeconds * 1000;
  let canaryOk = false;
  while (Date.now() < deadline) {
    if (context.watch.current().every(Boolean)) {
      if (!canaryOk) {
        const canary = await context.traffic.canary();
        canaryOk = canary.status >= 200 && canary.status < 300;
      }
      if (canaryOk && (await drained(context.cluster.databaseUrl, endedAt, context.smtp.arrivals)))
        return Date.now();
    }
    await sleep(500);
  }
  return null;
}

/** Waits until every due e-mail row (canaries included) is sent and arrived; null on bound. */
async function finalDrain(
  databaseUrl: string,
  smtp: SmtpSwitch,
  boundMs: number,
): Promise<number | null> {
  const deadline = Date.now() + boundMs;
  while (Date.now() < deadline) {
    if (await drained(databaseUrl, Number.MAX_SAFE_INTEGER, smtp.arrivals)) return Date.now();
    await sleep(500);
  }
  return null;
}

/** Attributes lost rows (by creation) and duplicates (by their second arrival) to the fault phase they fall in. */
function attribute(results: FaultResult[], book: Ledger, killedAt: number | undefined): void {
  const phaseOf = (at: number): FaultResult | undefined =>
    [...results].reverse().find((result) => result.startedAt <= at);
  for (const row of book.lost) {
    const phase = phaseOf(row.createdAt);
    if (phase) phase.lost += 1;
  }
  for (const row of book.duplicated) {
    const phase = phaseOf(row.arrivals[1]);
    if (!phase) continue;
    const inKillWindow =
      killedAt !== undefined &&
      killStartedAt !== undefined &&
      row.arrivals[0] <= killedAt &&
      row.arrivals[0] >= killStartedAt - 2_000;
    log(
      `  duplicate ${row.id}: copies at ${row.arrivals.map((at) => `${((at - (killStartedAt ?? at)) / 1000).toFixed(3)}s`).join(', ')} relative to the SIGKILL${inKillWindow ? ' (kill window)' : ''}`,
    );
    if (inKillWindow) phase.duplicatedInKillWindow += 1;
    else phase.duplicated += 1;
  }
}

async function main(): Promise<number> {
  const config = faultsConfig(process.argv.slice(2));
  log(`${config.smoke ? 'smoke' : 'full'} run; machine: ${machine()}`);
  const smtp = await startSmtpSwitch({ acceptDelayMs: config.smtpDelayMs });
  let cluster: Cluster | undefined;
  let watch: ReadinessWatch | undefined;
  let traffic: Traffic | undefined;
  try {
    cluster = await startCluster({
      apis: config.apis,
      workers: config.workers,
      privateServices: true,
      smtpUrl: smtp.url,
      demoData: false,
      // the mail limiter must not be what the drain waits for
      env: { MAIL_RATE_LIMIT_PER_SECOND: '50', LOG_LEVEL: 'warn' },
      log,
    });
    log(`cluster up at ${cluster.url} (${cluster.runDir}); machine: ${machine()}`);
    watch = watchReadiness(cluster.apiUrls);
    await watch.allReady(60_000);
    traffic = await startTraffic(cluster.url, cluster.databaseUrl, {
      writesPerSecond: config.writesPerSecond,
      readsPerSecond: config.readsPerSecond,
    });
    const context: Context = { config, cluster, smtp, watch, traffic };
    await sleep(config.gapSeconds * 1000);

    const results: FaultResult[] = [];
    let killedAt: number | undefined;
    for (const fault of faults(context)) {
      log(`fault: ${fault.name}`);
      const startedAt = Date.now();
      const endedAt = await fault.run();
      if (fault.name === 'worker SIGKILL') killedAt = endedAt;
      log(
        `  outage over after ${((endedAt - startedAt) / 1000).toFixed(1)} s; waiting for recovery`,
      );
      const recoveredAt = await awaitRecovery(context, endedAt);
      log(
        recoveredAt === null
          ? `  NOT recovered within ${config.recoveryBoundSeconds} s`
          : `  recovered after ${((recoveredAt - endedAt) / 1000).toFixed(1)} s`,
      );
      results.push({
        name: fault.name,
        expected: fault.expected,
        startedAt,
        endedAt,
        recoveredAt,
        readiness: watch.window(startedAt, recoveredAt ?? Date.now()),
        lost: 0,
        duplicated: 0,
        duplicatedInKillWindow: 0,
      });
      await sleep(config.gapSeconds * 1000);
    }

    await traffic.stop();
    const stoppedAt = Date.now();
    log('traffic stopped; waiting for the last mails');
    const drainedAt = await finalDrain(
      cluster.databaseUrl,
      smtp,
      config.recoveryBoundSeconds * 1000,
    );
    await sleep(1_000); // a duplicate would arrive right after its first copy
    const book = await ledger(cluster.databaseUrl, smtp.arrivals);
    attribute(results, book, killedAt);
    const acknowledged = traffic.records.flatMap((record) =>
      record.registrationId ? [record.registrationId] : [],
    );
    const missing = await missingWrites(cluster.databaseUrl, acknowledged);
    // the load run's SQL invariants (seats_taken = registered seats after the cut transactions, no overlap, …);
    // mails are checked above, per fault
    const invariants = await checkInvariants(cluster.databaseUrl, { drainTimeoutMs: 10_000, log });

    const writes = traffic.records.filter((record) => record.kind !== 'read');
    console.log('');
    console.log(formatTable(results, traffic.records));
    console.log('');
    console.log(
      `Totals: ${traffic.records.length} requests (${writes.length} registrations, ${acknowledged.length} ` +
        `acknowledged); ${book.rows.length} due e-mail notifications, ${smtp.received()} mails received, ` +
        `${smtp.refusals()} SMTP refusals; lost ${book.lost.length}, failed ${book.failed.length}, duplicated ` +
        `${book.duplicated.length}; acknowledged writes missing ${missing.registrations.length}, without ` +
        `notification ${missing.notifications.length}; final drain ${drainedAt === null ? 'NOT reached' : `${((drainedAt - stoppedAt) / 1000).toFixed(1)} s`}.`,
    );
    for (const result of invariants.results)
      console.log(
        `Invariant ${result.holds ? 'holds' : 'BROKEN'}: ${result.name} — ${result.detail}`,
      );
    console.log(`Machine: ${machine()}; run took ${((Date.now() - began) / 1000).toFixed(0)} s.`);

    const killWindowDuplicates = results.reduce((sum, r) => sum + r.duplicatedInKillWindow, 0);
    const problems = [
      ...results.filter((r) => r.recoveredAt === null).map((r) => `${r.name}: not recovered`),
      ...(drainedAt === null ? ['outbox not drained at the end'] : []),
      ...(book.lost.length > 0
        ? [
            `${book.lost.length} notification(s) lost: ${book.lost
              .slice(0, 5)
              .map((r) => `${r.id} (${r.status})`)
              .join(', ')}`,
          ]
        : []),
      ...(book.failed.length > 0 ? [`${book.failed.length} notification(s) failed for good`] : []),
      ...(book.duplicated.length - killWindowDuplicates > 0
        ? [
            `${book.duplicated.length - killWindowDuplicates} notification(s) sent twice outside the kill window`,
          ]
        : []),
      ...(config.strictDuplicates && killWindowDuplicates > 0
        ? [`${killWindowDuplicates} duplicate(s) in the kill window (FAULTS_STRICT_DUPLICATES=1)`]
        : []),
      ...invariants.results.filter((r) => !r.holds).map((r) => `invariant broken: ${r.name}`),
      ...(missing.registrations.length > 0
        ? [`${missing.registrations.length} acknowledged registration(s) missing`]
        : []),
      ...(missing.notifications.length > 0
        ? [`${missing.notifications.length} acknowledged registration(s) without notification`]
        : []),
    ];
    for (const problem of problems) console.log(`FAIL: ${problem}`);
    if (problems.length === 0)
      console.log('OK: every fault recovered, nothing lost or duplicated.');
    return problems.length === 0 ? 0 : 1;
  } finally {
    await traffic?.stop().catch(() => undefined);
    await watch?.stop().catch(() => undefined);
    await cluster?.stop().catch((error: unknown) => log(`cluster stop failed: ${String(error)}`));
    await smtp.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
