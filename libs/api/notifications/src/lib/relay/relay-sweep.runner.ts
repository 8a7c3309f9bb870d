import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue } from '../queue/job-queue';
import { NotificationRelay } from './notification-relay';
import { RELAY_SETTINGS, type RelaySettings } from './relay-settings';

/** Injection token: whether this process runs the relay (the worker always; the API only in embedded mode). */
export const RUNS_RELAY = Symbol('RUNS_RELAY');

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Runs `NotificationRelay` every `intervalMs` and its sweep every `sweepEveryMs`, one pass at a time. A failing pass
 * (Redis or PostgreSQL away) is logged once per outage and retried on the next tick. In embedded mode the
 * in-process queue starts empty, so at boot every `queued` row is re-enqueued at once.
 */
@Injectable()
export class RelaySweepRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RelaySweepRunner.name);
  readonly relay: NotificationRelay;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private lastSweepAt = 0;
  private failing = false;

  constructor(
    dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(RELAY_SETTINGS) private readonly settings: RelaySettings,
    @Inject(RUNS_RELAY) private readonly enabled: boolean,
  ) {
    this.relay = new NotificationRelay(dataSource, jobs, settings);
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    if (this.jobs.mode === 'in-process') this.lastSweepAt = -1;
    this.logger.log(`Outbox relay every ${this.settings.intervalMs} ms (${this.jobs.mode})`);
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = undefined;
        this.schedule(this.settings.intervalMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      const now = Date.now();
      if (this.lastSweepAt === -1) {
        // embedded mode at boot: nothing survived in memory, every queued row is an orphan
        const requeued = await this.relay.sweep(0);
        if (requeued > 0)
          this.logger.log(`Re-enqueued ${requeued} queued notification(s) at start`);
        this.lastSweepAt = now;
      } else if (now - this.lastSweepAt >= this.settings.sweepEveryMs) {
        this.lastSweepAt = now;
        const requeued = await this.relay.sweep();
        if (requeued > 0)
          this.logger.warn(`Re-enqueued ${requeued} notification(s) whose job was lost`);
      }
      let queued: number;
      do {
        queued = await this.relay.relayDue();
      } while (queued >= this.settings.batchSize && !this.stopped);
      if (this.failing) this.logger.log('Outbox relay works again');
      this.failing = false;
    } catch (error: unknown) {
      if (!this.failing)
        this.logger.warn(
          `Outbox relay pass failed; rows stay pending and are retried: ${errorText(error)}`,
        );
      this.failing = true;
    }
  }
}
