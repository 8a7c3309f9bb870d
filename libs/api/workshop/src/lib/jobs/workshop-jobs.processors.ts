import { Inject, Logger } from '@nestjs/common';
import {
  JobHandler,
  MAINTENANCE_JOBS,
  QUEUE_NAMES,
  type JobContext,
  type JobProcessor,
} from '@zusammen/api/notifications';
import { DataSource } from 'typeorm';
import { expireBikeOffers } from '../borrowers/bike-offers';
import { watchClaimDeadlines } from './claim-deadline-job';
import { sendEligibilityExpiring, sendInspectionExpiring } from './expiry-watch-jobs';
import { sendRentalReminders } from './rental-reminder-job';
import { WORKSHOP_JOB_CLOCK, type WorkshopJobClock } from './workshop-job-clock';

/** `maintenance/workshop-rental-reminders` (hourly), see {@link sendRentalReminders}. */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.workshopRentalReminders)
export class WorkshopRentalRemindersProcessor implements JobProcessor<
  'maintenance',
  'workshop-rental-reminders'
> {
  private readonly logger = new Logger(WorkshopRentalRemindersProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(WORKSHOP_JOB_CLOCK) private readonly clock: WorkshopJobClock,
  ) {}

  async handle(_payload: Record<string, never>, context: JobContext): Promise<void> {
    const result = await sendRentalReminders(this.dataSource, this.clock());
    if (result.created > 0)
      this.logger.log(
        `Job ${context.jobId}: ${result.created} reminder(s) for ${result.rentals} rental(s)`,
      );
  }
}

/** `maintenance/workshop-inspection-expiring` (daily), see {@link sendInspectionExpiring}. */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.workshopInspectionExpiring)
export class WorkshopInspectionExpiringProcessor implements JobProcessor<
  'maintenance',
  'workshop-inspection-expiring'
> {
  private readonly logger = new Logger(WorkshopInspectionExpiringProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(WORKSHOP_JOB_CLOCK) private readonly clock: WorkshopJobClock,
  ) {}

  async handle(_payload: Record<string, never>, context: JobContext): Promise<void> {
    const created = await sendInspectionExpiring(this.dataSource, this.clock());
    if (created > 0) this.logger.log(`Job ${context.jobId}: ${created} inspection notice(s)`);
  }
}

/** `maintenance/workshop-eligibility-expiring` (daily), see {@link sendEligibilityExpiring}. */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.workshopEligibilityExpiring)
export class WorkshopEligibilityExpiringProcessor implements JobProcessor<
  'maintenance',
  'workshop-eligibility-expiring'
> {
  private readonly logger = new Logger(WorkshopEligibilityExpiringProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(WORKSHOP_JOB_CLOCK) private readonly clock: WorkshopJobClock,
  ) {}

  async handle(_payload: Record<string, never>, context: JobContext): Promise<void> {
    const created = await sendEligibilityExpiring(this.dataSource, this.clock());
    if (created > 0) this.logger.log(`Job ${context.jobId}: ${created} eligibility notice(s)`);
  }
}

/** `maintenance/workshop-claim-deadlines` (daily), see {@link watchClaimDeadlines}. */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.workshopClaimDeadlines)
export class WorkshopClaimDeadlinesProcessor implements JobProcessor<
  'maintenance',
  'workshop-claim-deadlines'
> {
  private readonly logger = new Logger(WorkshopClaimDeadlinesProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(WORKSHOP_JOB_CLOCK) private readonly clock: WorkshopJobClock,
  ) {}

  async handle(_payload: Record<string, never>, context: JobContext): Promise<void> {
    const result = await watchClaimDeadlines(this.dataSource, this.clock());
    if (result.timeBarred + result.alerts > 0)
      this.logger.log(
        `Job ${context.jobId}: ${result.timeBarred} case(s) time-barred, ${result.alerts} alert(s)`,
      );
  }
}

/** `maintenance/workshop-offer-expiry` (every 5 minutes): expired bike offers go to the next in line. */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.workshopOfferExpiry)
export class WorkshopOfferExpiryProcessor implements JobProcessor<
  'maintenance',
  'workshop-offer-expiry'
> {
  private readonly logger = new Logger(WorkshopOfferExpiryProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(WORKSHOP_JOB_CLOCK) private readonly clock: WorkshopJobClock,
  ) {}

  async handle(_payload: Record<string, never>, context: JobContext): Promise<void> {
    const now = this.clock();
    const expired = await this.dataSource.transaction((manager) => expireBikeOffers(manager, now));
    if (expired > 0) this.logger.log(`Job ${context.jobId}: ${expired} bike offer(s) expired`);
  }
}
