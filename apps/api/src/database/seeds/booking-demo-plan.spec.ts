import {
  ACTIVE_REGISTRATION_STATUSES,
  BLOCKING_BOOKING_STATUSES,
  BOOKING_TIME_ZONE,
} from '@zusammen/shared/contracts';
import {
  isoWeekday,
  localDateOf,
  localTimeOf,
  withinOpeningHours,
  zonedInstant,
} from '@zusammen/shared/util';
import {
  nextHoliday,
  planBookingDemo,
  seatsTaken,
  type BookingDemoPlan,
  type DemoOccurrencePlan,
  type DemoParticipant,
} from './booking-demo-plan';
import { DEMO_ROOMS } from './demo-data';

const TZ = BOOKING_TIME_ZONE;
const HOUR_MS = 60 * 60 * 1000;

interface Row {
  label: string;
  roomSlug: string;
  kind: 'booking' | 'blackout';
  status: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  occurrence: DemoOccurrencePlan | null;
  minParticipants: number | null;
  minDecisionHours: number;
}

/** Every booking row of the plan, singles and series dates alike. */
function rows(plan: BookingDemoPlan): Row[] {
  return [
    ...plan.bookings.map((b) => ({
      label: b.key,
      roomSlug: b.roomSlug,
      kind: b.kind,
      status: b.status,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      capacity: b.event?.capacity ?? null,
      occurrence: b.event?.occurrence ?? null,
      minParticipants: b.event?.minParticipants ?? null,
      minDecisionHours: b.event?.minDecisionHours ?? 48,
    })),
    ...plan.series.flatMap((s) =>
      s.dates.map((d) => ({
        label: `${s.key}/${d.date}`,
        roomSlug: s.roomSlug,
        kind: 'booking' as const,
        status: d.status,
        startsAt: d.startsAt,
        endsAt: d.endsAt,
        capacity: s.event.capacity,
        occurrence: d.occurrence,
        minParticipants: s.event.minParticipants,
        minDecisionHours: s.event.minDecisionHours,
      })),
    ),
  ];
}

function blocked(row: Row): [number, number] {
  const room = DEMO_ROOMS.find((r) => r.slug === row.roomSlug);
  if (!room) throw new Error(`unknown room ${row.roomSlug}`);
  const [setup, teardown] =
    row.kind === 'blackout' ? [0, 0] : [room.setupMinutes, room.teardownMinutes];
  return [row.startsAt.getTime() - setup * 60_000, row.endsAt.getTime() + teardown * 60_000];
}

const personKey = (who: DemoParticipant): string | null =>
  'email' in who ? who.email : 'accountName' in who ? who.accountName : null;

/** What must hold for any seed time. */
function problems(now: Date): string[] {
  const plan = planBookingDemo(now, DEMO_ROOMS);
  const all = rows(plan);
  const found: string[] = [];

  // invariant 1: no overlap of blocking rows per room, buffers included
  const blocking = all.filter((r) =>
    (BLOCKING_BOOKING_STATUSES as readonly string[]).includes(r.status),
  );
  for (const [i, a] of blocking.entries())
    for (const b of blocking.slice(i + 1)) {
      if (a.roomSlug !== b.roomSlug) continue;
      const [a0, a1] = blocked(a);
      const [b0, b1] = blocked(b);
      if (a0 < b1 && b0 < a1) found.push(`${a.label} overlaps ${b.label}`);
    }

  for (const row of all) {
    const room = DEMO_ROOMS.find((r) => r.slug === row.roomSlug);
    if (row.kind === 'booking' && room) {
      const date = localDateOf(row.startsAt, TZ);
      const inside = withinOpeningHours(
        room.openingHours,
        date,
        localTimeOf(row.startsAt, TZ),
        localTimeOf(row.endsAt, TZ),
      );
      if (!inside) found.push(`${row.label} outside opening hours (${date})`);
    }
    const occurrence = row.occurrence;
    if (!occurrence || row.capacity === null) continue;
    // invariant 5: seats within capacity; invariant 6: event capacity within the room's
    if (seatsTaken(occurrence) > row.capacity) found.push(`${row.label} oversold`);
    if (room && row.capacity > room.capacity) found.push(`${row.label} exceeds the room`);
    // invariant 7 and the open waiting-list key: one active entry per person and date
    const active = occurrence.registrations
      .filter((r) => (ACTIVE_REGISTRATION_STATUSES as readonly string[]).includes(r.status))
      .map((r) => personKey(r.who))
      .filter((key) => key !== null);
    if (new Set(active).size !== active.length) found.push(`${row.label} registers someone twice`);
    const open = occurrence.waitlist
      .filter((w) => w.status === 'waiting' || w.status === 'offered')
      .map((w) => personKey(w.who))
      .filter((key) => key !== null);
    if (new Set(open).size !== open.length) found.push(`${row.label} lists someone twice`);
    for (const w of occurrence.waitlist) {
      if (w.status !== 'offered') continue;
      const expires = w.offerExpiresAt?.getTime() ?? 0;
      if (expires <= now.getTime() || expires > row.startsAt.getTime() - HOUR_MS)
        found.push(`${row.label} offer expiry out of range`);
      if ((w.offeredSeats ?? 0) < 1 || (w.offeredSeats ?? 0) > w.partySize)
        found.push(`${row.label} offer seats out of range`);
    }
    // past dates are checked in or not, future dates are not checked in yet
    const future = row.startsAt.getTime() > now.getTime();
    if (future && occurrence.registrations.some((r) => r.status === 'checked_in'))
      found.push(`${row.label} checked in before it starts`);
    // the minimum: a date still scheduled is undecided (decision time ahead), a cancelled one was decided
    if (row.minParticipants !== null) {
      const decision = row.startsAt.getTime() - row.minDecisionHours * HOUR_MS;
      if (occurrence.status === 'scheduled' && decision <= now.getTime())
        found.push(`${row.label} would be decided at once by the job`);
      if (
        occurrence.status === 'cancelled_min_not_reached' &&
        (decision > now.getTime() || !future)
      )
        found.push(`${row.label} cancelled before its decision time`);
    }
  }
  return found;
}

describe('Haus der Begegnung demo plan', () => {
  const now = new Date('2026-03-10T09:15:00Z');
  const plan = planBookingDemo(now, DEMO_ROOMS);
  const all = rows(plan);
  const occurrences = all.flatMap((r) => (r.occurrence ? [r.occurrence] : []));

  // seed times 5 days 7 hours apart over a year: every weekday, many times of day, both DST switches, the year's end
  const seedTimes = Array.from(
    { length: 73 },
    (_, i) => new Date(Date.parse('2026-01-01T00:30:00Z') + i * 127 * HOUR_MS),
  );

  it.each(seedTimes.map((t) => [t.toISOString()]))(
    'has no overlap, stays in opening hours and adds seats up when seeded at %s',
    (iso) => {
      expect(problems(new Date(iso))).toEqual([]);
    },
  );

  it('represents every state of bookings, dates, registrations and waiting lists', () => {
    expect(new Set(all.filter((r) => r.kind === 'booking').map((r) => r.status))).toEqual(
      new Set(['confirmed', 'pending', 'rejected', 'cancelled']),
    );
    expect(all.filter((r) => r.kind === 'blackout')).toHaveLength(DEMO_ROOMS.length);
    expect(new Set(occurrences.map((o) => o.status))).toEqual(
      new Set(['scheduled', 'cancelled', 'cancelled_min_not_reached']),
    );
    const registrations = occurrences.flatMap((o) => o.registrations);
    expect(new Set(registrations.map((r) => r.status))).toEqual(
      new Set(['requested', 'confirmed', 'checked_in', 'cancelled', 'declined']),
    );
    // a walk-in registered at the desk with a name only
    expect(registrations.some((r) => r.desk && 'walkIn' in r.who && r.who.phone === null)).toBe(
      true,
    );
    expect(new Set(occurrences.flatMap((o) => o.waitlist.map((w) => w.status)))).toEqual(
      new Set(['waiting', 'offered', 'accepted', 'expired', 'closed']),
    );
    // a full date with an open offer, a date with free places, one waiting for approval, one below its minimum
    const rowsWithEvents = all.filter((r) => r.occurrence && r.capacity !== null) as (Row & {
      occurrence: DemoOccurrencePlan;
      capacity: number;
    })[];
    expect(
      rowsWithEvents.some(
        (r) =>
          seatsTaken(r.occurrence) === r.capacity &&
          r.occurrence.waitlist.some((w) => w.status === 'offered') &&
          r.startsAt > now,
      ),
    ).toBe(true);
    expect(
      rowsWithEvents.some((r) => seatsTaken(r.occurrence) < r.capacity && r.startsAt > now),
    ).toBe(true);
    expect(
      rowsWithEvents.some(
        (r) =>
          r.minParticipants !== null &&
          r.occurrence.status === 'scheduled' &&
          seatsTaken(r.occurrence) < r.minParticipants,
      ),
    ).toBe(true);
    expect(
      plan.bookings.some(
        (b) =>
          b.event?.requiresApproval &&
          b.event.occurrence.registrations.some((r) => r.status === 'requested'),
      ),
    ).toBe(true);
    expect(plan.bookings.find((b) => b.status === 'rejected')?.decisionReason).toBeTruthy();
  });

  it('has a weekly Deutsch-Café on Tuesdays 18:00 in Borken, with past dates, a moved date and a cancelled one', () => {
    const [cafe] = plan.series;

    expect(cafe.event.title).toMatchObject({ de: 'Deutsch-Café', ar: expect.any(String) });
    expect(Object.keys(cafe.event.title).sort()).toEqual(['ar', 'de', 'en', 'fa', 'uk']);
    expect(cafe.event.public).toBe(true);
    expect(cafe.rrule).toMatch(/^FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=\d{8}$/);
    const regular = cafe.dates.filter((d) => !d.isOverride);
    // 18:00 local on every Tuesday, in winter and in summer
    for (const d of regular) {
      expect(isoWeekday(d.date)).toBe(2);
      expect(d.startsAt).toEqual(zonedInstant(d.date, '18:00', TZ));
    }
    expect(
      regular.some((d) => d.date < '2026-03-29') && regular.some((d) => d.date > '2026-03-29'),
    ).toBe(true);
    expect(cafe.dates.filter((d) => d.startsAt < now).length).toBeGreaterThanOrEqual(2);
    const moved = cafe.dates.filter((d) => d.isOverride);
    expect(moved).toHaveLength(1);
    expect(localTimeOf(moved[0].startsAt, TZ)).toBe('16:30');
    const cancelled = cafe.dates.filter((d) => d.status === 'cancelled');
    expect(cancelled).toHaveLength(1);
    expect(cafe.exdates).toContain(cancelled[0].date);
    expect(cancelled[0].occurrence.status).toBe('cancelled');
  });

  it('leaves the holiday out of a Tuesday series and closes every room that day', () => {
    // seeded on 20 December 2029: the next holiday at least a week ahead is New Year 2030, a Tuesday
    const seeded = new Date('2029-12-20T10:00:00Z');
    const holidayPlan = planBookingDemo(seeded, DEMO_ROOMS);

    expect(holidayPlan.holiday).toEqual({ date: '2030-01-01', name: 'Neujahr' });
    expect(isoWeekday('2030-01-01')).toBe(2);
    expect(holidayPlan.series[0].exdates).toContain('2030-01-01');
    expect(holidayPlan.series[0].dates.map((d) => d.date)).not.toContain('2030-01-01');
    expect(problems(seeded)).toEqual([]);
  });

  it('names the next fixed public holiday at least a week ahead', () => {
    expect(nextHoliday('2026-09-20')).toEqual({
      date: '2026-10-03',
      name: 'Tag der Deutschen Einheit',
    });
    expect(nextHoliday('2026-09-27')).toEqual({ date: '2026-11-01', name: 'Allerheiligen' });
    expect(nextHoliday('2026-12-20')).toEqual({ date: '2027-01-01', name: 'Neujahr' });
  });
});
