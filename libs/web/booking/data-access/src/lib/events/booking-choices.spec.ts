import type { RoomBookingSummary } from '@zusammen/shared/contracts';
import { bookingChoices } from './booking-choices';

const NOW = new Date('2026-12-07T12:00:00.000Z');

function booking(overrides: Partial<RoomBookingSummary>): RoomBookingSummary {
  return {
    id: 'b',
    roomId: 'r1',
    roomName: 'Großer Saal',
    kind: 'booking',
    title: 'Sprachcafé',
    status: 'confirmed',
    startsAt: '2026-12-10T16:00:00.000Z',
    endsAt: '2026-12-10T18:00:00.000Z',
    blockedFrom: '2026-12-10T15:45:00.000Z',
    blockedUntil: '2026-12-10T18:15:00.000Z',
    seriesId: null,
    recurrenceDate: null,
    isOverride: false,
    organizerId: 'u1',
    organizerName: 'Ahmad',
    decisionReason: null,
    eventId: null,
    ...overrides,
  };
}

describe('bookingChoices', () => {
  it('offers single bookings and each series once, at its next date, with the number of dates', () => {
    const choices = bookingChoices(
      [
        booking({ id: 's2', seriesId: 's', startsAt: '2026-12-17T16:00:00.000Z' }),
        booking({ id: 's1', seriesId: 's', startsAt: '2026-12-10T16:00:00.000Z' }),
        booking({ id: 'one', startsAt: '2026-12-12T10:00:00.000Z', status: 'pending' }),
        booking({ id: 's3', seriesId: 's', startsAt: '2026-12-24T16:00:00.000Z' }),
      ],
      NOW,
    );

    expect(choices.map((c) => [c.bookingId, c.dateCount, c.status])).toEqual([
      ['s1', 3, 'confirmed'],
      ['one', 1, 'pending'],
    ]);
  });

  it('leaves out closures, past, cancelled and rejected bookings, and those with an event', () => {
    const choices = bookingChoices(
      [
        booking({ id: 'closure', kind: 'blackout' }),
        booking({ id: 'past', startsAt: '2026-12-01T16:00:00.000Z' }),
        booking({ id: 'cancelled', status: 'cancelled' }),
        booking({ id: 'rejected', status: 'rejected' }),
        booking({ id: 'taken', eventId: 'e1' }),
        booking({ id: 'ok' }),
      ],
      NOW,
    );
    expect(choices.map((c) => c.bookingId)).toEqual(['ok']);
  });
});
