import { HttpErrorResponse } from '@angular/common/http';
import type { BookingConflict, FreeSlot } from '@zusammen/shared/contracts';

/** Rules of the house the API enforces with 422 (each has its own explanation). */
export const BOOKING_RULE_CODES = [
  'OUTSIDE_OPENING_HOURS',
  'QUOTA_EXCEEDED',
  'TOO_FAR_AHEAD',
  'IN_THE_PAST',
  'NO_DATES_LEFT',
  'REASON_REQUIRED',
] as const;
export type BookingRuleCode = (typeof BOOKING_RULE_CODES)[number];

/** What went wrong with a booking request, in a shape the pages can explain. */
export type BookingProblem =
  /** 409: the room is taken on some dates; the API offers free slots of the same length. */
  | { kind: 'conflict'; conflicts: BookingConflict[]; freeSlots: FreeSlot[] }
  /** 422 with a rule of the house; dates outside the opening hours come as conflicts. */
  | { kind: 'rule'; code: BookingRuleCode; conflicts: BookingConflict[] }
  /** 422/400 with messages per field (`details`). */
  | { kind: 'fields'; fields: Record<string, string[]> }
  /** 409: someone decided or changed the booking meanwhile. */
  | { kind: 'stateChanged' }
  /** 409: the date is over, cancelled or rejected and cannot be changed any more. */
  | { kind: 'notChangeable' }
  | { kind: 'forbidden' }
  | { kind: 'notFound' }
  | { kind: 'network' }
  | { kind: 'unexpected' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function arrayOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function fieldsOf(details: unknown): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  if (!isRecord(details)) return fields;
  for (const [field, messages] of Object.entries(details)) {
    const texts = (Array.isArray(messages) ? messages : [messages]).filter(
      (m): m is string => typeof m === 'string',
    );
    if (texts.length > 0) fields[field] = texts;
  }
  return fields;
}

/** Reads `{ code, message, details }` of a failed booking request. */
export function bookingProblemOf(error: unknown): BookingProblem {
  if (!(error instanceof HttpErrorResponse)) return { kind: 'unexpected' };
  if (error.status === 0) return { kind: 'network' };
  const body: Record<string, unknown> = isRecord(error.error) ? error.error : {};
  const code = typeof body['code'] === 'string' ? body['code'] : '';
  const details = body['details'];
  if (
    code === 'ROOM_ALREADY_BOOKED' ||
    (error.status === 409 && isRecord(details) && 'conflicts' in details)
  ) {
    const d = isRecord(details) ? details : {};
    return {
      kind: 'conflict',
      conflicts: arrayOf<BookingConflict>(d['conflicts']),
      freeSlots: arrayOf<FreeSlot>(d['freeSlots']),
    };
  }
  if ((BOOKING_RULE_CODES as readonly string[]).includes(code)) {
    const d = isRecord(details) ? details : {};
    return {
      kind: 'rule',
      code: code as BookingRuleCode,
      conflicts: arrayOf<BookingConflict>(d['conflicts']),
    };
  }
  if (code === 'BOOKING_STATE_CHANGED') return { kind: 'stateChanged' };
  if (code === 'BOOKING_NOT_CHANGEABLE') return { kind: 'notChangeable' };
  if (error.status === 403) return { kind: 'forbidden' };
  if (error.status === 404) return { kind: 'notFound' };
  if (error.status === 400 || error.status === 422) {
    const fields = fieldsOf(details);
    if (Object.keys(fields).length > 0) return { kind: 'fields', fields };
  }
  return { kind: 'unexpected' };
}
