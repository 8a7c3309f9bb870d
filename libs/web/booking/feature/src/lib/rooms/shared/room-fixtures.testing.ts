import type { RoomBookingSummary, RoomDetail } from '@zusammen/shared/contracts';

/** Demo-like rooms and bookings for the room pages' specs. */
export function roomDetail(changes: Partial<RoomDetail> = {}): RoomDetail {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    slug: 'grosser-saal',
    name: 'Großer Saal',
    capacity: 60,
    accessibility: ['step_free'],
    features: [],
    setupMinutes: 30,
    teardownMinutes: 30,
    requiresApproval: true,
    openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '22:00' })),
    maxDaysAhead: 365,
    keyLocation: null,
    ...changes,
  };
}

export function bookingSummary(changes: Partial<RoomBookingSummary> = {}): RoomBookingSummary {
  return {
    id: 'b1',
    roomId: '11111111-1111-4111-8111-111111111111',
    roomName: 'Großer Saal',
    kind: 'booking',
    title: 'Deutschkurs',
    status: 'pending',
    startsAt: '2030-05-14T16:00:00.000Z',
    endsAt: '2030-05-14T18:00:00.000Z',
    blockedFrom: '2030-05-14T15:30:00.000Z',
    blockedUntil: '2030-05-14T18:30:00.000Z',
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
