/**
 * Durations and rates of the fault run. Defaults: the (Redis away 30 s, SMTP refusing 60 s); `--smoke`
 * (the test command) uses short outages. Every value can be overridden by its environment variable.
 */
export interface FaultsConfig {
  smoke: boolean;
  apis: number;
  workers: number;
  /** Redis stopped this long. */
  redisSeconds: number;
  /** SMTP refusing this long. */
  smtpSeconds: number;
  /** Pause between the SIGKILL and starting the worker again (an orchestrator's restart delay). */
  restartDelaySeconds: number;
  /** Quiet gap before the first fault and after each recovery. */
  gapSeconds: number;
  /** A fault not recovered this long after its end fails the run. */
  recoveryBoundSeconds: number;
  writesPerSecond: number;
  readsPerSecond: number;
  /** The SMTP switch answers each mail this much later (a relay storing it), so a kill finds mails in flight. */
  smtpDelayMs: number;
  /** Also fail on duplicates in the killed worker's SMTP-accept → mark-sent window (at-least-once SMTP). */
  strictDuplicates: boolean;
}

function numberFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a number ≥ 0, got "${raw}"`);
  return value;
}

export function faultsConfig(argv: readonly string[]): FaultsConfig {
  const smoke = argv.includes('--smoke') || process.env['FAULTS_SMOKE'] === '1';
  return {
    smoke,
    apis: numberFrom('FAULTS_APIS', 3),
    workers: Math.max(2, numberFrom('FAULTS_WORKERS', 2)),
    redisSeconds: numberFrom('FAULTS_REDIS_SECONDS', smoke ? 5 : 30),
    smtpSeconds: numberFrom('FAULTS_SMTP_SECONDS', smoke ? 10 : 60),
    restartDelaySeconds: numberFrom('FAULTS_RESTART_DELAY_SECONDS', smoke ? 1 : 5),
    gapSeconds: numberFrom('FAULTS_GAP_SECONDS', smoke ? 3 : 15),
    // SMTP: a mail refused at the outage's start is retried after 15–30 s, 30–60 s, 60–120 s (BullMQ backoff,
    // NOTIFICATION_JOB_OPTIONS), so its next try may come up to ~2 min after a 60 s outage ended
    recoveryBoundSeconds: numberFrom('FAULTS_RECOVERY_BOUND_SECONDS', smoke ? 60 : 180),
    writesPerSecond: numberFrom('FAULTS_WRITES_PER_SECOND', smoke ? 4 : 6),
    readsPerSecond: numberFrom('FAULTS_READS_PER_SECOND', smoke ? 6 : 10),
    smtpDelayMs: numberFrom('FAULTS_SMTP_DELAY_MS', 50),
    strictDuplicates: process.env['FAULTS_STRICT_DUPLICATES'] === '1',
  };
}
