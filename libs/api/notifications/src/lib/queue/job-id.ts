/**
 * Custom job ids (STYLE.md §5): deterministic, never containing `:` (BullMQ builds Redis keys with it,
 * taskforcesh/bullmq#3384) and never all digits (they collide with BullMQ's own counter ids, taskforcesh/bullmq#4052).
 * We also keep them to a URL- and log-friendly alphabet and a bounded length.
 */
const JOB_ID_PATTERN = /^[A-Za-z0-9._-]+$/;
const MAX_JOB_ID_LENGTH = 200;

/** Why a job id is unusable, or `null` when it is fine. */
export function jobIdProblem(jobId: string): string | null {
  if (jobId.length === 0) return 'is empty';
  if (jobId.length > MAX_JOB_ID_LENGTH) return `is longer than ${MAX_JOB_ID_LENGTH} characters`;
  if (jobId.includes(':')) return 'contains ":"';
  if (/^\d+$/.test(jobId)) return 'is all digits';
  if (!JOB_ID_PATTERN.test(jobId)) return 'contains characters other than A-Z a-z 0-9 . _ -';
  return null;
}

export function assertValidJobId(jobId: string): void {
  const problem = jobIdProblem(jobId);
  if (problem) throw new Error(`Invalid job id "${jobId}": it ${problem}.`);
}

/**
 * Builds a deterministic job id from parts, e.g. `jobId('purge-mail-preview', 'manual', '202501021230')`.
 * Parts are joined with `-`; characters outside the allowed alphabet (such as `:` in ISO times) become `-`.
 */
export function jobId(...parts: readonly (string | number)[]): string {
  const id = parts
    .map((part) => String(part).replace(/[^A-Za-z0-9._-]+/g, '-'))
    .filter((part) => part.length > 0)
    .join('-');
  assertValidJobId(id);
  return id;
}
