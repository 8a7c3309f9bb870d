import type { Type } from '@nestjs/common';
import { PurgeMailPreviewProcessor } from '../maintenance/purge-mail-preview.processor';
import { JobHandler, type JobProcessor } from '../queue/job-handler.decorator';
import { MAINTENANCE_JOBS, NOTIFICATION_JOBS, QUEUE_NAMES, type JobName } from '../queue/job-names';

/**
 * Specs of the queue and mail layer boot `NotificationsModule` with `outbox: false` (no database); the startup check
 * still wants a send-notification handler, so they register this stand-in. Not exported from the library.
 */
@JobHandler(QUEUE_NAMES.notifications, NOTIFICATION_JOBS.sendNotification)
export class IgnoringSendNotificationProcessor implements JobProcessor<
  'notifications',
  'send-notification'
> {
  async handle(): Promise<void> {
    // the outbox specs run the real SendNotificationProcessor
  }
}

/** Stand-in for the account retention job, which needs the database (covered by its own integration spec). */
@JobHandler(QUEUE_NAMES.maintenance, MAINTENANCE_JOBS.purgeAccountData)
export class IgnoringPurgeAccountDataProcessor implements JobProcessor<
  'maintenance',
  'purge-account-data'
> {
  async handle(): Promise<void> {
    // purge-account-data.integration-spec.ts runs the real processor
  }
}

/** A stand-in for a maintenance job whose handler lives in a feature library (this library cannot import it). */
function ignoringFeatureJob<N extends JobName<'maintenance'>>(
  name: N,
  className: string,
): Type<JobProcessor<'maintenance', N>> {
  class IgnoringFeatureJobProcessor implements JobProcessor<'maintenance', N> {
    async handle(): Promise<void> {
      // the feature library's own integration specs run the real processor
    }
  }
  JobHandler(QUEUE_NAMES.maintenance, name)(IgnoringFeatureJobProcessor);
  // the startup check names handlers by class name
  Object.defineProperty(IgnoringFeatureJobProcessor, 'name', { value: className });
  return IgnoringFeatureJobProcessor;
}

/**
 * Stand-ins for the Patenmodell follow-up jobs (handlers in @zusammen/api/sponsorship, follow-up/, with their own
 * integration specs): every boot of this library's modules without the sponsorship library registers them.
 */
export const FEATURE_JOB_STAND_INS: readonly Type<unknown>[] = [
  ignoringFeatureJob(
    MAINTENANCE_JOBS.sponsorshipNoContact,
    'IgnoringSponsorshipNoContactProcessor',
  ),
  ignoringFeatureJob(MAINTENANCE_JOBS.sponsorshipDigest, 'IgnoringSponsorshipDigestProcessor'),
  ignoringFeatureJob(MAINTENANCE_JOBS.certificateRenewal, 'IgnoringCertificateRenewalProcessor'),
  ignoringFeatureJob(MAINTENANCE_JOBS.certificateDeletion, 'IgnoringCertificateDeletionProcessor'),
  // Haus der Begegnung events (handlers in @zusammen/api/booking, events/)
  ignoringFeatureJob(MAINTENANCE_JOBS.eventWaitlistExpiry, 'IgnoringEventWaitlistExpiryProcessor'),
  ignoringFeatureJob(
    MAINTENANCE_JOBS.eventMinParticipants,
    'IgnoringEventMinParticipantsProcessor',
  ),
  // room-booking series (handler in @zusammen/api/booking, bookings/)
  ignoringFeatureJob(
    MAINTENANCE_JOBS.bookingSeriesMaterialise,
    'IgnoringBookingSeriesMaterialiseProcessor',
  ),
  // Fahrradwerkstatt (handlers in @zusammen/api/workshop, jobs/)
  ignoringFeatureJob(
    MAINTENANCE_JOBS.workshopRentalReminders,
    'IgnoringWorkshopRentalRemindersProcessor',
  ),
  ignoringFeatureJob(
    MAINTENANCE_JOBS.workshopInspectionExpiring,
    'IgnoringWorkshopInspectionExpiringProcessor',
  ),
  ignoringFeatureJob(
    MAINTENANCE_JOBS.workshopEligibilityExpiring,
    'IgnoringWorkshopEligibilityExpiringProcessor',
  ),
  ignoringFeatureJob(
    MAINTENANCE_JOBS.workshopClaimDeadlines,
    'IgnoringWorkshopClaimDeadlinesProcessor',
  ),
  ignoringFeatureJob(MAINTENANCE_JOBS.workshopOfferExpiry, 'IgnoringWorkshopOfferExpiryProcessor'),
];

/** The processors of a queue-only boot: the real preview purge processor and the stand-ins above. */
export const QUEUE_ONLY_PROCESSORS: readonly Type<unknown>[] = [
  PurgeMailPreviewProcessor,
  IgnoringSendNotificationProcessor,
  IgnoringPurgeAccountDataProcessor,
  ...FEATURE_JOB_STAND_INS,
];
