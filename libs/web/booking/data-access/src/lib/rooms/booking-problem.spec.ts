import { HttpErrorResponse } from '@angular/common/http';
import { bookingProblemOf } from './booking-problem';

const failed = (status: number, error: unknown): HttpErrorResponse =>
  new HttpErrorResponse({ status, error });

describe('bookingProblemOf', () => {
  it('reads a conflict with the dates and the offered free slots', () => {
    const conflicts = [
      {
        date: '2026-05-19',
        startsAt: '2026-05-19T16:00:00Z',
        endsAt: '2026-05-19T18:00:00Z',
        conflictStartsAt: '2026-05-19T15:30:00Z',
        conflictEndsAt: '2026-05-19T18:30:00Z',
        conflictKind: 'booking',
        conflictTitle: null,
      },
    ];
    const freeSlots = [
      { roomId: 'r', startsAt: '2026-05-19T18:30:00Z', endsAt: '2026-05-19T20:30:00Z' },
    ];
    expect(
      bookingProblemOf(
        failed(409, {
          code: 'ROOM_ALREADY_BOOKED',
          message: 'x',
          details: { conflicts, freeSlots },
        }),
      ),
    ).toEqual({ kind: 'conflict', conflicts, freeSlots });
    expect(bookingProblemOf(failed(409, { code: 'ROOM_ALREADY_BOOKED', message: 'x' }))).toEqual({
      kind: 'conflict',
      conflicts: [],
      freeSlots: [],
    });
  });

  it('reads the rules of the house, field errors and the rest', () => {
    expect(bookingProblemOf(failed(422, { code: 'QUOTA_EXCEEDED', message: 'x' }))).toEqual({
      kind: 'rule',
      code: 'QUOTA_EXCEEDED',
      conflicts: [],
    });
    const closed = { date: '2026-05-16', conflictKind: 'closed' };
    expect(
      bookingProblemOf(
        failed(422, {
          code: 'OUTSIDE_OPENING_HOURS',
          message: 'x',
          details: { conflicts: [closed] },
        }),
      ),
    ).toEqual({ kind: 'rule', code: 'OUTSIDE_OPENING_HOURS', conflicts: [closed] });
    expect(
      bookingProblemOf(
        failed(422, {
          code: 'VALIDATION_FAILED',
          message: 'x',
          details: { title: ['title must be shorter'], 'rule.count': 'too many' },
        }),
      ),
    ).toEqual({
      kind: 'fields',
      fields: { title: ['title must be shorter'], 'rule.count': ['too many'] },
    });
    expect(bookingProblemOf(failed(409, { code: 'BOOKING_STATE_CHANGED', message: 'x' }))).toEqual({
      kind: 'stateChanged',
    });
    expect(bookingProblemOf(failed(409, { code: 'BOOKING_NOT_CHANGEABLE', message: 'x' }))).toEqual(
      {
        kind: 'notChangeable',
      },
    );
    expect(bookingProblemOf(failed(403, { code: 'FORBIDDEN', message: 'x' }))).toEqual({
      kind: 'forbidden',
    });
    expect(bookingProblemOf(failed(0, null))).toEqual({ kind: 'network' });
    expect(bookingProblemOf(failed(500, 'boom'))).toEqual({ kind: 'unexpected' });
    expect(bookingProblemOf(new Error('x'))).toEqual({ kind: 'unexpected' });
  });
});
