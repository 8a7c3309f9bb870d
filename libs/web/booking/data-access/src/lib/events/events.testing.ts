import type { EventSummary, MyRegistration, OccurrenceSummary } from '@zusammen/shared/contracts';

/** A scheduled date with free places (override what a test needs). */
export function occurrence(overrides: Partial<OccurrenceSummary> = {}): OccurrenceSummary {
  return {
    id: 'o1',
    eventId: 'e1',
    roomId: 'r1',
    roomName: 'Großer Saal',
    startsAt: '2026-12-07T16:00:00.000Z',
    endsAt: '2026-12-07T18:00:00.000Z',
    capacity: 20,
    seatsTaken: 5,
    seatsFree: 15,
    waitingCount: 0,
    status: 'scheduled',
    registrationOpen: true,
    ...overrides,
  };
}

export function eventSummary(overrides: Partial<EventSummary> = {}): EventSummary {
  return {
    id: 'e1',
    title: { de: 'Sprachcafé', ar: 'مقهى اللغة' },
    description: { de: 'Deutsch üben bei Kaffee und Tee.' },
    audience: 'everyone',
    public: true,
    languagesSpoken: ['de', 'ar'],
    capacity: 20,
    requiresApproval: false,
    waitlistEnabled: true,
    minParticipants: null,
    roomAccessibility: ['step_free'],
    occurrences: [occurrence()],
    ...overrides,
  };
}

export function myRegistration(overrides: Partial<MyRegistration> = {}): MyRegistration {
  return {
    kind: 'registration',
    id: 'reg1',
    occurrence: occurrence(),
    eventTitle: { de: 'Sprachcafé' },
    partySize: 2,
    status: 'confirmed',
    position: null,
    offeredSeats: null,
    offerExpiresAt: null,
    ...overrides,
  };
}
