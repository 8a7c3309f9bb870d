import type { RoomBookingSummary } from '@zusammen/shared/contracts';
import { groupBySeries } from './booking-groups';

function booking(changes: Partial<RoomBookingSummary> = {}): RoomBookingSummary {
  return {
    id: 'b1',
    roomId: 'room-1',
    roomName: 'Großer Saal',
    kind: 'booking',
    title: 'Deutschkurs',
    status: 'pending',
    startsAt: '2026-05-12T16:00:00.000Z',
    endsAt: '2026-05-12T18:00:00.000Z',
    blockedFrom: '2026-05-12T15:30:00.000Z',
    blockedUntil: '2026-05-12T18:30:00.000Z',
    seriesId: null,
    recurrenceDate: null,
    isOverride: false,
    organizerId: 'org-1',
    organizerName: 'Ahmad Al-Masri',
    decisionReason: null,
    eventId: null,
    ...changes,
  };
}

describe('groupBySeries', () => {
  it('shows a series as one request with all its dates, singles on their own, earliest first', () => {
    const groups = groupBySeries([
      booking({ id: 's2', seriesId: 's', startsAt: '2026-05-19T16:00:00.000Z' }),
      booking({ id: 'single', startsAt: '2026-05-13T09:00:00.000Z' }),
      booking({ id: 's1', seriesId: 's', startsAt: '2026-05-12T16:00:00.000Z' }),
      booking({ id: 's3', seriesId: 's', startsAt: '2026-05-26T16:00:00.000Z' }),
    ]);
    expect(
      groups.map((g) => [g.key, g.first.id, g.last.id, g.bookings.length, g.isSeries]),
    ).toEqual([
      ['s', 's1', 's3', 3, true],
      ['single', 'single', 'single', 1, false],
    ]);
  });
});
