import type { QueueName } from '../queue/job-names';
import {
  JobQueue,
  type AddJobOptions,
  type JobState,
  type QueueJobCounts,
} from '../queue/job-queue';
import { enqueueNotificationJob } from './enqueue-notification-job';

/** A queue that holds one job in a given state and records what the relay asked of it. */
class ScriptedQueue extends JobQueue {
  readonly mode = 'in-process' as const;
  readonly calls: string[] = [];

  constructor(
    private state: JobState,
    private readonly movable = true,
  ) {
    super();
  }

  protected async addJob(
    _queue: QueueName,
    name: string,
    _payload: unknown,
    options: AddJobOptions,
  ): Promise<string> {
    this.calls.push(`add ${name} ${options.jobId} ${options.delayMs}`);
    this.state = options.delayMs ? 'delayed' : 'waiting';
    return options.jobId ?? '';
  }

  async upsertSchedule(): Promise<void> {
    throw new Error('not used');
  }

  async getJobState(): Promise<JobState> {
    return this.state;
  }

  async changeDelay(_queue: QueueName, _jobId: string, delayMs: number): Promise<boolean> {
    this.calls.push(`changeDelay ${delayMs}`);
    return this.movable;
  }

  async remove(): Promise<boolean> {
    this.calls.push('remove');
    if (!this.movable) return false;
    this.state = 'unknown';
    return true;
  }

  async getCounts(): Promise<QueueJobCounts> {
    return { waiting: 0, active: 0, delayed: 0, failed: 0 };
  }
}

const ID = '0b6c7a0e-1111-4222-8333-444455556666';

describe('enqueueNotificationJob', () => {
  it('adds a job with the row id and the delay when none exists', async () => {
    const queue = new ScriptedQueue('unknown');
    expect(await enqueueNotificationJob(queue, ID, 1500)).toBe(true);
    expect(queue.calls).toEqual([`add send-notification ${ID} 1500`]);
  });

  it('moves a delayed job instead of adding a second one', async () => {
    const queue = new ScriptedQueue('delayed');
    expect(await enqueueNotificationJob(queue, ID, 9000)).toBe(true);
    expect(queue.calls).toEqual(['changeDelay 9000']);
  });

  it.each(['waiting', 'completed', 'failed'] as const)(
    'replaces a %s job (its id must be free for the new one)',
    async (state) => {
      const queue = new ScriptedQueue(state);
      expect(await enqueueNotificationJob(queue, ID, 0)).toBe(true);
      expect(queue.calls).toEqual(['remove', `add send-notification ${ID} 0`]);
    },
  );

  it('leaves the row for the next pass while its job runs, or when the job cannot be moved', async () => {
    const active = new ScriptedQueue('active');
    expect(await enqueueNotificationJob(active, ID, 0)).toBe(false);
    expect(active.calls).toEqual([]);
    const locked = new ScriptedQueue('waiting', false);
    expect(await enqueueNotificationJob(locked, ID, 0)).toBe(false);
    expect(locked.calls).toEqual(['remove']);
    const promoted = new ScriptedQueue('delayed', false);
    expect(await enqueueNotificationJob(promoted, ID, 10)).toBe(false);
  });
});
