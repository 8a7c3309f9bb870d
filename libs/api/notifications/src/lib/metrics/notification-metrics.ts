import { Injectable, Logger } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { NotificationAdminService } from '../admin/notification-admin.service';
import { ALL_QUEUE_NAMES } from '../queue/job-names';

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * The Prometheus registry of this process: process default metrics plus
 * `zl_notification_outbox{status}` and `zl_notification_queue_jobs{queue,state}`, both read on scrape.
 * A registry per instance (not prom-client's global one), so several app instances in one test process coexist.
 * When PostgreSQL or Redis is away the affected gauge is left out of that scrape instead of failing it.
 */
@Injectable()
export class NotificationMetrics {
  private readonly logger = new Logger(NotificationMetrics.name);
  readonly registry = new Registry();

  constructor(private readonly admin: NotificationAdminService) {
    collectDefaultMetrics({ register: this.registry });
    const outbox = new Gauge({
      name: 'zl_notification_outbox',
      help: 'Notifications in the outbox per status.',
      labelNames: ['status'],
      registers: [this.registry],
      collect: async () => {
        outbox.reset();
        try {
          const counts = await this.admin.outboxCounts();
          for (const [status, count] of Object.entries(counts)) outbox.set({ status }, count);
        } catch (error: unknown) {
          this.logger.warn(`Outbox counts unavailable: ${errorText(error)}`);
        }
      },
    });
    const queueJobs = new Gauge({
      name: 'zl_notification_queue_jobs',
      help: 'Jobs per queue and state (waiting, active, delayed, failed).',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      collect: async () => {
        queueJobs.reset();
        for (const queue of ALL_QUEUE_NAMES) {
          try {
            const counts = await this.admin.queueCounts(queue);
            for (const [state, count] of Object.entries(counts))
              queueJobs.set({ queue, state }, count);
          } catch (error: unknown) {
            this.logger.warn(`Queue counts of ${queue} unavailable: ${errorText(error)}`);
          }
        }
      },
    });
  }

  /** The exposition text of every metric. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }
}
