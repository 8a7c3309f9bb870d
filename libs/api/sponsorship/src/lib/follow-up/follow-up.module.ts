import { Module, type Type } from '@nestjs/common';
import { CertificateDeletionProcessor } from './certificate-deletion.processor';
import { CertificateRenewalProcessor } from './certificate-renewal.processor';
import { SponsorshipNoContactProcessor } from './no-contact.processor';
import { SponsorshipDigestProcessor } from './sponsorship-digest.processor';

/** The handlers of the Patenmodell's scheduled maintenance jobs (names and schedules in @zusammen/api/notifications). */
export const SPONSORSHIP_FOLLOW_UP_PROCESSORS: readonly Type<unknown>[] = [
  SponsorshipNoContactProcessor,
  SponsorshipDigestProcessor,
  CertificateRenewalProcessor,
  CertificateDeletionProcessor,
];

/**
 * Scheduled follow-up (sponsorship.md § 6): no-contact alerts, the weekly staff digest, § 72a renewal reminders and
 * ledger deletion. Imported by `SponsorshipModule` (the API runs the jobs in embedded mode, and the startup check
 * wants a handler for every job name in every process) and by apps/worker. Needs the DataSource; reads and writes
 * the tables directly.
 */
@Module({ providers: [...SPONSORSHIP_FOLLOW_UP_PROCESSORS] })
export class SponsorshipFollowUpModule {}
