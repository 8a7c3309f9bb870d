import { NOTIFICATION_JOBS, QUEUE_NAMES } from '../queue/job-names';
import type { JobQueue } from '../queue/job-queue';

/**
 * Puts the `send-notification` job of one outbox row into the queue to run in `delayMs`, whatever is left of an
 * earlier job with the same id (job id = row id): none → add; delayed → move it; waiting or finished → replace it.
 * Returns false while a job of that id is running — the caller leaves the row for its next pass.
 * Redis errors propagate, so the caller's transaction rolls back and the row stays as it was.
 */
export async function enqueueNotificationJob(
  jobs: JobQueue,
  notificationId: string,
  delayMs: number,
): Promise<boolean> {
  const queue = QUEUE_NAMES.notifications;
  const state = await jobs.getJobState(queue, notificationId);
  switch (state) {
    case 'active':
      return false;
    case 'delayed':
      if (await jobs.changeDelay(queue, notificationId, delayMs)) return true;
      // it just became waiting or active: decide again on the next pass
      return false;
    case 'waiting':
    case 'completed':
    case 'failed':
      if (!(await jobs.remove(queue, notificationId))) return false;
      break;
    case 'unknown':
      break;
  }
  await jobs.add(
    queue,
    NOTIFICATION_JOBS.sendNotification,
    { notificationId },
    { jobId: notificationId, delayMs },
  );
  return true;
}
