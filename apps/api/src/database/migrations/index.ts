import type { MigrationClass } from '@zusammen/api/core';
import { InitialSchema1795698001936 } from './1795698001936-initial-schema';
import { NotificationOutbox1795700473020 } from './1795700473020-notification-outbox';
import { UserSessions1795702287806 } from './1795702287806-user-sessions';
import { UserPhone1795704309435 } from './1795704309435-user-phone';
import { AccountLifecycle1795705744484 } from './1795705744484-account-lifecycle';
import { SponsorshipVolunteers1795709400000 } from './1795709400000-sponsorship-volunteers';
import { SponsorshipFamilies1795709500000 } from './1795709500000-sponsorship-families';
import { SponsorshipPairings1795713000000 } from './1795713000000-sponsorship-pairings';
import { VolunteerGender1795738664591 } from './1795738664591-volunteer-gender';
import { BookingSchema1795751032485 } from './1795751032485-booking-schema';
import { EventRegistrationExtras1795751753602 } from './1795751753602-event-registration-extras';
import { WorkshopSchema1795765549822 } from './1795765549822-workshop-schema';

/**
 * Every migration, oldest first. Files are `<unix-ms>-<kebab-name>.ts`; `cli.js generate <name>` writes
 * one, and it must be added here (no globs: the bundle would not find them).
 */
export const MIGRATIONS: readonly MigrationClass[] = [
  InitialSchema1795698001936,
  NotificationOutbox1795700473020,
  UserSessions1795702287806,
  UserPhone1795704309435,
  AccountLifecycle1795705744484,
  SponsorshipVolunteers1795709400000,
  SponsorshipFamilies1795709500000,
  SponsorshipPairings1795713000000,
  VolunteerGender1795738664591,
  BookingSchema1795751032485,
  EventRegistrationExtras1795751753602,
  WorkshopSchema1795765549822,
];
