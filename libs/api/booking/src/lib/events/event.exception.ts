import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { EventErrorCode } from '@zusammen/shared/contracts';

const STATUS: Record<EventErrorCode, HttpStatus> = {
  [EventErrorCode.EventNotFound]: HttpStatus.NOT_FOUND,
  [EventErrorCode.OccurrenceNotFound]: HttpStatus.NOT_FOUND,
  [EventErrorCode.RegistrationNotFound]: HttpStatus.NOT_FOUND,
  [EventErrorCode.WaitlistEntryNotFound]: HttpStatus.NOT_FOUND,
  [EventErrorCode.EventAlreadyExists]: HttpStatus.CONFLICT,
  [EventErrorCode.BookingNotEligible]: HttpStatus.UNPROCESSABLE_ENTITY,
  [EventErrorCode.CapacityExceedsRoom]: HttpStatus.UNPROCESSABLE_ENTITY,
  [EventErrorCode.CapacityBelowTaken]: HttpStatus.CONFLICT,
  [EventErrorCode.EventFull]: HttpStatus.CONFLICT,
  [EventErrorCode.AlreadyRegistered]: HttpStatus.CONFLICT,
  [EventErrorCode.RegistrationClosed]: HttpStatus.UNPROCESSABLE_ENTITY,
  [EventErrorCode.SeatsBusy]: HttpStatus.SERVICE_UNAVAILABLE,
  [EventErrorCode.StateChanged]: HttpStatus.CONFLICT,
  [EventErrorCode.OfferExpired]: HttpStatus.CONFLICT,
  [EventErrorCode.OccurrenceNotScheduled]: HttpStatus.CONFLICT,
  [EventErrorCode.IdempotencyKeyReused]: HttpStatus.UNPROCESSABLE_ENTITY,
};

const MESSAGE: Record<EventErrorCode, string> = {
  [EventErrorCode.EventNotFound]: 'Event not found.',
  [EventErrorCode.OccurrenceNotFound]: 'Date not found.',
  [EventErrorCode.RegistrationNotFound]: 'Registration not found.',
  [EventErrorCode.WaitlistEntryNotFound]: 'Waiting-list entry not found.',
  [EventErrorCode.EventAlreadyExists]: 'This booking already carries an event.',
  [EventErrorCode.BookingNotEligible]:
    'This booking cannot carry an event (closure, cancelled, rejected or over).',
  [EventErrorCode.CapacityExceedsRoom]: 'The capacity exceeds the room’s approved maximum.',
  [EventErrorCode.CapacityBelowTaken]:
    'The capacity would be below the seats already taken on a date.',
  [EventErrorCode.EventFull]: 'No seats are left for this date.',
  [EventErrorCode.AlreadyRegistered]:
    'You are already registered or on the waiting list for this date.',
  [EventErrorCode.RegistrationClosed]: 'Registration for this date is not open.',
  [EventErrorCode.SeatsBusy]: 'Many people are registering right now. Please try again.',
  [EventErrorCode.StateChanged]: 'This changed in the meantime; please reload.',
  [EventErrorCode.OfferExpired]:
    'The offer has expired; the seats went to the next person on the waiting list.',
  [EventErrorCode.OccurrenceNotScheduled]: 'This date has been cancelled.',
  [EventErrorCode.IdempotencyKeyReused]: 'This Idempotency-Key was already used for another date.',
};

/** Errors of events, registrations and waiting lists, mapped by the global filter to `{ code, message, details }`. */
export class EventException extends DomainException {
  constructor(code: EventErrorCode, details?: unknown) {
    super(code, MESSAGE[code], STATUS[code], details);
  }
}

/** Seconds a client should wait before retrying after SEATS_BUSY. */
export const SEATS_BUSY_RETRY_AFTER_SECONDS = 2;

export const eventNotFound = () => new EventException(EventErrorCode.EventNotFound);
export const occurrenceNotFound = () => new EventException(EventErrorCode.OccurrenceNotFound);
export const registrationNotFound = () => new EventException(EventErrorCode.RegistrationNotFound);
export const waitlistEntryNotFound = () => new EventException(EventErrorCode.WaitlistEntryNotFound);
