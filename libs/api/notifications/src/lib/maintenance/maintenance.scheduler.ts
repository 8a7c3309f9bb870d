import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { jobId } from '../queue/job-id';
import { MAINTENANCE_JOBS, QUEUE_NAMES } from '../queue/job-names';
import { JobQueue, type AnyJobSchedule } from '../queue/job-queue';
import { MAIL_PREVIEW_RETENTION_DAYS } from './purge-mail-preview.processor';

const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** Repeating maintenance jobs; fixed ids keep one schedule however often (and by how many workers) they are upserted. */
export const DEFAULT_MAINTENANCE_SCHEDULES: readonly AnyJobSchedule[] = [
  {
    id: 'purge-mail-preview',
    queue: QUEUE_NAMES.maintenance,
    name: MAINTENANCE_JOBS.purgeMailPreview,
    payload: { retentionDays: MAIL_PREVIEW_RETENTION_DAYS },
    everyMs: 6 * HOUR_MS,
  },
  {
    id: 'purge-account-data',
    queue: QUEUE_NAMES.maintenance,
    name: MAINTENANCE_JOBS.purgeAccountData,
    payload: {},
    everyMs: 6 * HOUR_MS,
  },
  // Patenmodell follow-up (handlers in @zusammen/api/sponsorship). Hourly: each job decides from Borken's clock
  // whether anything is due (mails from 07:00, the digest from Monday 07:00), and the notification keys keep it
  // to one mail per pairing and week, per certificate stage, per staff member and week.
  ...[
    MAINTENANCE_JOBS.sponsorshipNoContact,
    MAINTENANCE_JOBS.sponsorshipDigest,
    MAINTENANCE_JOBS.certificateRenewal,
    MAINTENANCE_JOBS.certificateDeletion,
  ].map((name): AnyJobSchedule => ({
    id: name,
    queue: QUEUE_NAMES.maintenance,
    name,
    payload: {},
    everyMs: HOUR_MS,
  })),
  // Haus der Begegnung events (handlers in @zusammen/api/booking): every minute, both idempotent by state.
  ...[MAINTENANCE_JOBS.eventWaitlistExpiry, MAINTENANCE_JOBS.eventMinParticipants].map(
    (name): AnyJobSchedule => ({
      id: name,
      queue: QUEUE_NAMES.maintenance,
      name,
      payload: {},
      everyMs: MINUTE_MS,
    }),
  ),
  // room-booking series (handler in @zusammen/api/booking): once a day moves every series' horizon one day on
  {
    id: MAINTENANCE_JOBS.bookingSeriesMaterialise,
    queue: QUEUE_NAMES.maintenance,
    name: MAINTENANCE_JOBS.bookingSeriesMaterialise,
    payload: {},
    everyMs: 24 * HOUR_MS,
  },
  // Fahrradwerkstatt (handlers in @zusammen/api/workshop): the reminder ladder hourly, the expiry watches daily,
  // the bike offers every 5 minutes; the notification keys keep each step to one row, mails wait for 08:00.
  ...(
    [
      [MAINTENANCE_JOBS.workshopRentalReminders, HOUR_MS],
      [MAINTENANCE_JOBS.workshopInspectionExpiring, 24 * HOUR_MS],
      [MAINTENANCE_JOBS.workshopEligibilityExpiring, 24 * HOUR_MS],
      [MAINTENANCE_JOBS.workshopClaimDeadlines, 24 * HOUR_MS],
      [MAINTENANCE_JOBS.workshopOfferExpiry, 5 * MINUTE_MS],
    ] as const
  ).map(([name, everyMs]): AnyJobSchedule => ({
    id: name,
    queue: QUEUE_NAMES.maintenance,
    name,
    payload: {},
    everyMs,
  })),
];

/** Injection token: the schedules to upsert (tests override it with `[]`). */
export const MAINTENANCE_SCHEDULES = Symbol('MAINTENANCE_SCHEDULES');
/** Injection token: whether this process owns the schedules (the worker in services mode, the API in embedded mode). */
export const OWNS_SCHEDULES = Symbol('OWNS_SCHEDULES');

/** Upserts the maintenance schedules at boot and runs maintenance jobs on demand. */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceScheduler.name);

  constructor(
    private readonly jobs: JobQueue,
    @Inject(MAINTENANCE_SCHEDULES) private readonly schedules: readonly AnyJobSchedule[],
    @Inject(OWNS_SCHEDULES) private readonly ownsSchedules: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.ownsSchedules) return;
    for (const schedule of this.schedules) {
      await this.jobs.upsertSchedule(schedule);
    }
    if (this.schedules.length > 0) {
      this.logger.log(
        `Schedules (${this.jobs.mode}): ${this.schedules.map((s) => `${s.id} every ${s.everyMs / 1000} s`).join(', ')}`,
      );
    }
  }

  /** Enqueues a preview purge now (at most one per minute and retention: the job id names both). */
  purgeMailPreviewNow(
    retentionDays = MAIL_PREVIEW_RETENTION_DAYS,
    now = new Date(),
  ): Promise<string> {
    return this.jobs.add(
      QUEUE_NAMES.maintenance,
      MAINTENANCE_JOBS.purgeMailPreview,
      { retentionDays },
      {
        jobId: jobId(
          'purge-mail-preview',
          'manual',
          `${retentionDays}d`,
          now.toISOString().slice(0, 16),
        ),
      },
    );
  }
}
