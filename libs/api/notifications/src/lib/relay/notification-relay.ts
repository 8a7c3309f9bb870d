import type { DataSource } from 'typeorm';
import { QUEUE_NAMES } from '../queue/job-names';
import type { JobQueue } from '../queue/job-queue';
import { enqueueNotificationJob } from './enqueue-notification-job';
import type { RelaySettings } from './relay-settings';
import { withDeadline } from './with-deadline';

interface ClaimedRow {
  id: string;
  delay_ms: number;
}

/**
 * Moves due outbox rows into the `notifications` queue (DESIGN.md §6, step 2). One pass is one transaction:
 * claim `pending` rows due within the lookahead with `FOR UPDATE SKIP LOCKED` (several relays never take the same
 * row), add their jobs (job id = row id, delay until due), mark them `queued`, commit. When Redis fails the pass
 * throws, the transaction rolls back and the rows stay `pending` — delayed, never lost.
 */
export class NotificationRelay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly settings: Pick<
      RelaySettings,
      'batchSize' | 'lookaheadMs' | 'sweepAfterMs' | 'redisTimeoutMs'
    >,
  ) {}

  /** One relay pass; resolves to the number of rows queued. */
  relayDue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: ClaimedRow[] = await manager.query(
        `SELECT id, GREATEST(0, ceil(extract(epoch FROM deliver_after - clock_timestamp()) * 1000))::float8 AS delay_ms
           FROM notification
          WHERE status = 'pending' AND deliver_after <= now() + $1::float8 * interval '1 millisecond'
          ORDER BY deliver_after
          LIMIT $2
          FOR UPDATE SKIP LOCKED`,
        [this.settings.lookaheadMs, this.settings.batchSize],
      );
      const queued: string[] = [];
      for (const row of rows) {
        if (await this.enqueue(row)) queued.push(row.id);
      }
      if (queued.length > 0) {
        await manager.query(
          `UPDATE notification SET status = 'queued', queued_at = now(), updated_at = now()
            WHERE id = ANY($1::uuid[])`,
          [queued],
        );
      }
      return queued.length;
    });
  }

  /**
   * Re-enqueues `queued` rows whose job is gone or finished although the row is not (Redis flushed or restarted,
   * a job that stalled too often). Only rows queued longer than `olderThanMs` ago are looked at, so a job that is
   * being added right now is never doubled. Resolves to the number of rows re-enqueued.
   */
  sweep(olderThanMs = this.settings.sweepAfterMs): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: ClaimedRow[] = await manager.query(
        `SELECT id, GREATEST(0, ceil(extract(epoch FROM deliver_after - clock_timestamp()) * 1000))::float8 AS delay_ms
           FROM notification
          WHERE status = 'queued' AND queued_at <= now() - $1::float8 * interval '1 millisecond'
          ORDER BY queued_at
          LIMIT $2
          FOR UPDATE SKIP LOCKED`,
        [olderThanMs, this.settings.batchSize],
      );
      const requeued: string[] = [];
      for (const row of rows) {
        const state = await withDeadline(
          this.jobs.getJobState(QUEUE_NAMES.notifications, row.id),
          this.settings.redisTimeoutMs,
          'Reading a job state',
        );
        if (state === 'waiting' || state === 'delayed' || state === 'active') continue;
        if (await this.enqueue(row)) requeued.push(row.id);
      }
      if (requeued.length > 0) {
        await manager.query(
          `UPDATE notification SET queued_at = now(), updated_at = now() WHERE id = ANY($1::uuid[])`,
          [requeued],
        );
      }
      return requeued.length;
    });
  }

  private enqueue(row: ClaimedRow): Promise<boolean> {
    return withDeadline(
      enqueueNotificationJob(this.jobs, row.id, row.delay_ms),
      this.settings.redisTimeoutMs,
      `Enqueuing notification ${row.id}`,
    );
  }
}
