import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import type { NotificationStatus } from '@zusammen/shared/contracts';

/** Error codes of the notification routes (the web app translates by code). */
export enum NotificationErrorCode {
  /** Unknown id — or another user's notification: never revealed as 403. */
  NotFound = 'NOTIFICATION_NOT_FOUND',
  /** Retry/cancel of a row whose status does not allow it (e.g. already sent). */
  StateChanged = 'NOTIFICATION_STATE_CHANGED',
}

/** 404 for an unknown (or foreign) notification id. */
export class NotificationNotFoundException extends DomainException {
  constructor() {
    super(NotificationErrorCode.NotFound, 'Notification not found.', HttpStatus.NOT_FOUND);
  }
}

/** 409: the row is no longer in a state that allows the action; `details.status` is its status now. */
export class NotificationStateChangedException extends DomainException {
  constructor(action: 'retry' | 'cancel', status: NotificationStatus) {
    super(
      NotificationErrorCode.StateChanged,
      `The notification cannot be ${action === 'retry' ? 'retried' : 'cancelled'} in status ${status}.`,
      HttpStatus.CONFLICT,
      { status },
    );
  }
}
