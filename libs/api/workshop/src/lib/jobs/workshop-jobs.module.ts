import { Module, type Type } from '@nestjs/common';
import { WORKSHOP_JOB_CLOCK, type WorkshopJobClock } from './workshop-job-clock';
import {
  WorkshopClaimDeadlinesProcessor,
  WorkshopEligibilityExpiringProcessor,
  WorkshopInspectionExpiringProcessor,
  WorkshopOfferExpiryProcessor,
  WorkshopRentalRemindersProcessor,
} from './workshop-jobs.processors';

/** Handlers of the workshop's scheduled jobs (names and schedules in @zusammen/api/notifications). */
export const WORKSHOP_JOB_PROCESSORS: readonly Type<unknown>[] = [
  WorkshopRentalRemindersProcessor,
  WorkshopInspectionExpiringProcessor,
  WorkshopEligibilityExpiringProcessor,
  WorkshopClaimDeadlinesProcessor,
  WorkshopOfferExpiryProcessor,
];

/**
 * Worker jobs of the workshop: reminder ladder, inspection and eligibility expiry, § 548 watch, offer expiry.
 * Imported by `WorkshopModule` (the API runs the jobs in embedded mode, and the startup check wants a handler for
 * every job name in every process) and by apps/worker. Needs the DataSource.
 */
@Module({
  providers: [
    ...WORKSHOP_JOB_PROCESSORS,
    { provide: WORKSHOP_JOB_CLOCK, useValue: (() => new Date()) satisfies WorkshopJobClock },
  ],
})
export class WorkshopJobsModule {}
