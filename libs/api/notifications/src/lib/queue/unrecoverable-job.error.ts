/**
 * Thrown by a job handler when retrying cannot help (e.g. the referenced row no longer exists).
 * Both run modes stop retrying; BullMQ gets it as its own `UnrecoverableError`.
 */
export class UnrecoverableJobError extends Error {
  override readonly name = 'UnrecoverableJobError';
}
