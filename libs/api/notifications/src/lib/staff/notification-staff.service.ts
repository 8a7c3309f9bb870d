import { Injectable } from '@nestjs/common';
import type {
  NotificationHealthResponse,
  NotificationProblemItem,
  NotificationStatus,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import {
  NotificationAdminService,
  type NotificationProblem,
} from '../admin/notification-admin.service';
import {
  NotificationNotFoundException,
  NotificationStateChangedException,
} from '../errors/notification.exception';
import { NotificationOutbox } from '../outbox/notification-outbox';
import { mailCheckIdempotencyKey } from './mail-check-key';

const PROBLEM_STATUSES: readonly NotificationStatus[] = ['pending', 'queued', 'failed'];

function isProblemStatus(status: NotificationStatus): status is NotificationProblemItem['status'] {
  return PROBLEM_STATUSES.includes(status);
}

/** The staff view over NotificationAdminService: problems, retry/cancel with 404/409, health, mail check. */
@Injectable()
export class NotificationStaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly admin: NotificationAdminService,
    private readonly outbox: NotificationOutbox,
  ) {}

  async listProblems(): Promise<NotificationProblemItem[]> {
    const problems = await this.admin.listProblems();
    return problems.flatMap((problem) => {
      const item = toProblemItem(problem);
      return item ? [item] : [];
    });
  }

  async retry(id: string): Promise<void> {
    if (!(await this.admin.retry(id))) await this.refuse(id, 'retry');
  }

  async cancel(id: string): Promise<void> {
    if (!(await this.admin.cancel(id))) await this.refuse(id, 'cancel');
  }

  async health(): Promise<NotificationHealthResponse> {
    const [queue, outbox] = await Promise.all([
      this.admin.queueCounts(),
      this.admin.outboxCounts(),
    ]);
    return {
      queue: {
        waiting: queue.waiting,
        active: queue.active,
        delayed: queue.delayed,
        failed: queue.failed,
      },
      outbox,
    };
  }

  /** Writes a `mail-check` to the staff member in one transaction; a second call in the same minute returns it. */
  async sendMailCheck(userId: string, now = new Date()): Promise<{ id: string }> {
    const { id } = await this.dataSource.transaction((manager) =>
      this.outbox.add(manager, {
        type: 'mail-check',
        recipientId: userId,
        payload: { requestedById: userId },
        idempotencyKey: mailCheckIdempotencyKey(userId, now),
      }),
    );
    return { id };
  }

  /** Throws 404 when the row does not exist, else 409 with its current status. */
  private async refuse(id: string, action: 'retry' | 'cancel'): Promise<never> {
    const rows: { status: NotificationStatus }[] = await this.dataSource.query(
      `SELECT status FROM notification WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) throw new NotificationNotFoundException();
    throw new NotificationStateChangedException(action, row.status);
  }
}

function toProblemItem(problem: NotificationProblem): NotificationProblemItem | null {
  if (!isProblemStatus(problem.status)) return null;
  return {
    id: problem.id,
    type: problem.type,
    channel: problem.channel,
    recipientId: problem.recipientId,
    status: problem.status,
    attempts: problem.attempts,
    lastError: problem.lastError,
    deliverAt: problem.deliverAfter.toISOString(),
    createdAt: problem.createdAt.toISOString(),
  };
}
