import { Injectable } from '@nestjs/common';
import {
  NOTIFICATION_STATUSES,
  type NotificationChannel,
  type NotificationStatus,
  type NotificationType,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { QUEUE_NAMES, type QueueName } from '../queue/job-names';
import { JobQueue, type QueueJobCounts } from '../queue/job-queue';

/** One line of the staff view: a failed notification, or a pending one that already failed an attempt. */
export interface NotificationProblem {
  id: string;
  type: NotificationType;
  channel: NotificationChannel;
  recipientId: string;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  deliverAfter: Date;
  createdAt: Date;
}

export type OutboxCounts = Record<NotificationStatus, number>;

interface ProblemRow {
  id: string;
  type: NotificationType;
  channel: NotificationChannel;
  recipient_id: string;
  status: NotificationStatus;
  attempts: number;
  last_error: string | null;
  deliver_after: Date;
  created_at: Date;
}

/**
 * What staff need to look after delivery (the HTTP view comes with identity): failed and struggling rows with
 * their error, retry and cancel, queue and outbox counts. A retried row goes back to `pending` with its attempts
 * reset; the relay then replaces the failed job.
 */
@Injectable()
export class NotificationAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  /** Failed rows, and pending/queued rows with a recorded error; newest first. */
  async listProblems(limit = 100): Promise<NotificationProblem[]> {
    const rows: ProblemRow[] = await this.dataSource.query(
      `SELECT id, type, channel, recipient_id, status, attempts, last_error, deliver_after, created_at
         FROM notification
        WHERE status = 'failed' OR (status IN ('pending', 'queued') AND last_error IS NOT NULL)
        ORDER BY updated_at DESC
        LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      channel: row.channel,
      recipientId: row.recipient_id,
      status: row.status,
      attempts: row.attempts,
      lastError: row.last_error,
      deliverAfter: row.deliver_after,
      createdAt: row.created_at,
    }));
  }

  /** failed → pending (attempts 0, error kept until the next attempt); false when the row is not failed. */
  async retry(id: string): Promise<boolean> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH changed AS (
         UPDATE notification
            SET status = 'pending', attempts = 0, deliver_after = now(), queued_at = NULL, updated_at = now()
            WHERE id = $1 AND status = 'failed'
         RETURNING id
       )
       SELECT id FROM changed`,
      [id],
    );
    return rows.length > 0;
  }

  /** pending/queued/failed → cancelled; false when it was already sent or cancelled. */
  async cancel(id: string): Promise<boolean> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH changed AS (
         UPDATE notification SET status = 'cancelled', cancelled_at = now(), updated_at = now()
            WHERE id = $1 AND status IN ('pending', 'queued', 'failed')
         RETURNING id
       )
       SELECT id FROM changed`,
      [id],
    );
    return rows.length > 0;
  }

  /** Jobs per state of a queue (default: notifications). */
  queueCounts(queue: QueueName = QUEUE_NAMES.notifications): Promise<QueueJobCounts> {
    return this.jobs.getCounts(queue);
  }

  /** Rows per status (every status present, 0 when none). */
  async outboxCounts(): Promise<OutboxCounts> {
    const rows: { status: NotificationStatus; count: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM notification GROUP BY status`,
    );
    const counts = Object.fromEntries(
      NOTIFICATION_STATUSES.map((status) => [status, 0]),
    ) as OutboxCounts;
    for (const row of rows) counts[row.status] = row.count;
    return counts;
  }
}
