import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { BookingErrorCode, CommonErrorCode } from '@zusammen/shared/contracts';

const STATUS: Record<BookingErrorCode, HttpStatus> = {
  [BookingErrorCode.RoomNotFound]: HttpStatus.NOT_FOUND,
  [BookingErrorCode.BookingNotFound]: HttpStatus.NOT_FOUND,
  [BookingErrorCode.RoomAlreadyBooked]: HttpStatus.CONFLICT,
  [BookingErrorCode.BookingStateChanged]: HttpStatus.CONFLICT,
  [BookingErrorCode.BookingNotChangeable]: HttpStatus.CONFLICT,
  [BookingErrorCode.OutsideOpeningHours]: HttpStatus.UNPROCESSABLE_ENTITY,
  [BookingErrorCode.QuotaExceeded]: HttpStatus.UNPROCESSABLE_ENTITY,
  [BookingErrorCode.TooFarAhead]: HttpStatus.UNPROCESSABLE_ENTITY,
  [BookingErrorCode.InThePast]: HttpStatus.UNPROCESSABLE_ENTITY,
  [BookingErrorCode.ReasonRequired]: HttpStatus.UNPROCESSABLE_ENTITY,
  [BookingErrorCode.NoDatesLeft]: HttpStatus.UNPROCESSABLE_ENTITY,
  [BookingErrorCode.OrganizerNotFound]: HttpStatus.UNPROCESSABLE_ENTITY,
};

const MESSAGE: Record<BookingErrorCode, string> = {
  [BookingErrorCode.RoomNotFound]: 'Room not found.',
  [BookingErrorCode.BookingNotFound]: 'Booking not found.',
  [BookingErrorCode.RoomAlreadyBooked]: 'The room is already booked at this time.',
  [BookingErrorCode.BookingStateChanged]:
    'The booking changed in the meantime (for example, someone else decided it).',
  [BookingErrorCode.BookingNotChangeable]:
    'The booking can no longer be changed or cancelled (it is over, cancelled or rejected).',
  [BookingErrorCode.OutsideOpeningHours]: 'The time lies outside the room’s opening hours.',
  [BookingErrorCode.QuotaExceeded]: 'The weekly booking quota would be exceeded.',
  [BookingErrorCode.TooFarAhead]: 'The date lies too far ahead for this room.',
  [BookingErrorCode.InThePast]: 'The date has already begun.',
  [BookingErrorCode.ReasonRequired]: 'Please give a reason for the rejection.',
  [BookingErrorCode.NoDatesLeft]: 'No date is left to book.',
  [BookingErrorCode.OrganizerNotFound]: 'No organizer with this id.',
};

/** Errors of rooms and bookings, mapped by the global filter to `{ code, message, details }`. */
export class BookingException extends DomainException {
  constructor(code: BookingErrorCode, details?: unknown) {
    super(code, MESSAGE[code], STATUS[code], details);
  }
}

export class RoomNotFoundException extends BookingException {
  constructor() {
    super(BookingErrorCode.RoomNotFound);
  }
}

/** 404 for an unknown or malformed booking id, or a booking that is not the caller's. */
export class BookingNotFoundException extends BookingException {
  constructor() {
    super(BookingErrorCode.BookingNotFound);
  }
}

/** 403: an organizer asked for what only staff may do (closures, booking for someone else). */
export class BookingForbiddenException extends DomainException {
  constructor(message: string) {
    super(CommonErrorCode.Forbidden, message, HttpStatus.FORBIDDEN);
  }
}
