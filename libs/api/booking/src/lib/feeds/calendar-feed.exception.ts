import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import {
  BookingErrorCode,
  CalendarFeedErrorCode,
  CommonErrorCode,
} from '@zusammen/shared/contracts';

const STATUS: Record<CalendarFeedErrorCode, HttpStatus> = {
  [CalendarFeedErrorCode.FeedNotFound]: HttpStatus.NOT_FOUND,
  [CalendarFeedErrorCode.FeedLimitReached]: HttpStatus.CONFLICT,
};

const MESSAGE: Record<CalendarFeedErrorCode, string> = {
  [CalendarFeedErrorCode.FeedNotFound]: 'Calendar feed not found (the link may have been revoked).',
  [CalendarFeedErrorCode.FeedLimitReached]:
    'You already have the most calendar links allowed; revoke one first.',
};

/** Errors of calendar feeds, mapped by the global filter to `{ code, message, details }`. */
export class CalendarFeedException extends DomainException {
  constructor(code: CalendarFeedErrorCode, details?: unknown) {
    super(code, MESSAGE[code], STATUS[code], details);
  }
}

/** 404 for an unknown, revoked or malformed token, or a feed id that is not the caller's. */
export class CalendarFeedNotFoundException extends CalendarFeedException {
  constructor() {
    super(CalendarFeedErrorCode.FeedNotFound);
  }
}

/** 404 ROOM_NOT_FOUND for a room feed of an unknown room (same code as the booking routes). */
export class FeedRoomNotFoundException extends DomainException {
  constructor() {
    super(BookingErrorCode.RoomNotFound, 'Room not found.', HttpStatus.NOT_FOUND);
  }
}

/** 403: room feeds are for staff only. */
export class RoomFeedForbiddenException extends DomainException {
  constructor() {
    super(
      CommonErrorCode.Forbidden,
      'Only staff may create a calendar feed of a room.',
      HttpStatus.FORBIDDEN,
    );
  }
}
