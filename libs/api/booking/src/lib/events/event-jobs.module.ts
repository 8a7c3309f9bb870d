import { Module, type Type } from '@nestjs/common';
import {
  EventMinParticipantsProcessor,
  EventWaitlistExpiryProcessor,
} from './event-jobs.processors';

/** Handlers of the events' scheduled jobs (names and schedules in @zusammen/api/notifications). */
export const EVENT_JOB_PROCESSORS: readonly Type<unknown>[] = [
  EventWaitlistExpiryProcessor,
  EventMinParticipantsProcessor,
];

/**
 * Waiting-list offer expiry and the minimum-participants decision. Imported by `EventsModule` (the API runs the
 * jobs in embedded mode, and the startup check wants a handler for every job name in every process) and by
 * apps/worker. Needs the DataSource.
 */
@Module({ providers: [...EVENT_JOB_PROCESSORS] })
export class EventJobsModule {}
