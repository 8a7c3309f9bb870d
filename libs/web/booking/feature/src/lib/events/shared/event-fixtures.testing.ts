import type { EventSummary, OccurrenceSummary } from '@zusammen/shared/contracts';

const HOUR = 60 * 60 * 1000;

/** A scheduled date `days` days from now at the same hour, two hours long, with free places. */
export function futureOccurrence(
  days: number,
  overrides: Partial<OccurrenceSummary> = {},
): OccurrenceSummary {
  const start = new Date(Date.now() + days * 24 * HOUR);
  start.setUTCMinutes(0, 0, 0);
  return {
    id: `o${days}`,
    eventId: 'e1',
    roomId: 'r1',
    roomName: 'Seminarraum',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
    capacity: 10,
    seatsTaken: 4,
    seatsFree: 6,
    waitingCount: 0,
    status: 'scheduled',
    registrationOpen: true,
    ...overrides,
  };
}

export function eventFixture(overrides: Partial<EventSummary> = {}): EventSummary {
  return {
    id: 'e1',
    title: { de: 'Sprachcafé', ar: 'مقهى اللغة' },
    description: { de: 'Deutsch üben bei Tee und Kaffee.' },
    audience: 'everyone',
    public: true,
    languagesSpoken: ['de', 'ar'],
    capacity: 10,
    requiresApproval: false,
    waitlistEnabled: true,
    minParticipants: null,
    roomAccessibility: ['step_free', 'hearing_loop'],
    occurrences: [futureOccurrence(2)],
    ...overrides,
  };
}
