import { eventSummary, occurrence } from './events.testing';
import { matchesFilter, programmeDays, seatStateOf, upcomingOccurrences } from './programme';

const NOW = new Date('2026-12-07T12:00:00.000Z');
const NONE = { audience: null, language: null };

describe('seatStateOf', () => {
  const event = eventSummary();

  it('says free while places are left and registration is open', () => {
    expect(seatStateOf(event, occurrence())).toBe('free');
  });

  it('offers the waiting list when full and the event keeps one', () => {
    expect(seatStateOf(event, occurrence({ seatsFree: 0, seatsTaken: 20 }))).toBe('waitlist');
  });

  it('says full when there is no waiting list', () => {
    const noList = eventSummary({ waitlistEnabled: false });
    expect(seatStateOf(noList, occurrence({ seatsFree: 0 }))).toBe('full');
  });

  it('says closed outside the registration window, cancelled for cancelled dates', () => {
    expect(seatStateOf(event, occurrence({ registrationOpen: false }))).toBe('closed');
    expect(seatStateOf(event, occurrence({ status: 'cancelled_min_not_reached' }))).toBe(
      'cancelled',
    );
  });
});

describe('matchesFilter', () => {
  const event = eventSummary({ audience: 'families', languagesSpoken: ['de', 'uk'] });

  it('matches without filters', () => {
    expect(matchesFilter(event, NONE)).toBe(true);
  });

  it('filters by audience and by a language spoken', () => {
    expect(matchesFilter(event, { audience: 'families', language: null })).toBe(true);
    expect(matchesFilter(event, { audience: 'women', language: null })).toBe(false);
    expect(matchesFilter(event, { audience: null, language: 'uk' })).toBe(true);
    expect(matchesFilter(event, { audience: null, language: 'fa' })).toBe(false);
    expect(matchesFilter(event, { audience: 'families', language: 'fa' })).toBe(false);
  });
});

describe('programmeDays', () => {
  const cafe = eventSummary({
    id: 'cafe',
    occurrences: [
      occurrence({
        id: 'past',
        startsAt: '2026-12-06T16:00:00.000Z',
        endsAt: '2026-12-06T18:00:00.000Z',
      }),
      occurrence({
        id: 'today',
        startsAt: '2026-12-07T16:00:00.000Z',
        endsAt: '2026-12-07T18:00:00.000Z',
      }),
      occurrence({
        id: 'monday',
        startsAt: '2026-12-14T16:00:00.000Z',
        endsAt: '2026-12-14T18:00:00.000Z',
      }),
    ],
  });
  const sewing = eventSummary({
    id: 'sewing',
    audience: 'women',
    languagesSpoken: ['fa'],
    occurrences: [
      // 8 Dec 00:30 in Borken: belongs to the 8th, though it is still the 7th in UTC
      occurrence({
        id: 'night',
        startsAt: '2026-12-07T23:30:00.000Z',
        endsAt: '2026-12-08T01:00:00.000Z',
      }),
      occurrence({
        id: 'morning',
        startsAt: '2026-12-07T08:00:00.000Z',
        endsAt: '2026-12-07T12:30:00.000Z',
      }),
    ],
  });

  it('lists the dates to come by Borken day, in time order, each with its event', () => {
    const days = programmeDays([cafe, sewing], NONE, NOW);

    expect(
      days.map((d) => [d.day, d.items.map((e) => `${e.event.id}/${e.occurrence.id}`)]),
    ).toEqual([
      ['2026-12-07', ['sewing/morning', 'cafe/today']],
      ['2026-12-08', ['sewing/night']],
      ['2026-12-14', ['cafe/monday']],
    ]);
  });

  it('keeps a date that has begun but not ended, and drops dates that are over', () => {
    const ids = programmeDays([sewing], NONE, new Date('2026-12-07T12:00:00.000Z'))
      .flatMap((d) => d.items)
      .map((e) => e.occurrence.id);
    expect(ids).toEqual(['morning', 'night']);
  });

  it('applies the filters', () => {
    const days = programmeDays([cafe, sewing], { audience: 'women', language: 'fa' }, NOW);
    expect(days.flatMap((d) => d.items).map((e) => e.event.id)).toEqual(['sewing', 'sewing']);
    expect(programmeDays([cafe, sewing], { audience: 'seniors', language: null }, NOW)).toEqual([]);
  });
});

describe('upcomingOccurrences', () => {
  it('gives the dates still to come in time order', () => {
    const event = eventSummary({
      occurrences: [
        occurrence({
          id: 'b',
          startsAt: '2026-12-21T16:00:00.000Z',
          endsAt: '2026-12-21T18:00:00.000Z',
        }),
        occurrence({
          id: 'old',
          startsAt: '2026-11-30T16:00:00.000Z',
          endsAt: '2026-11-30T18:00:00.000Z',
        }),
        occurrence({
          id: 'a',
          startsAt: '2026-12-14T16:00:00.000Z',
          endsAt: '2026-12-14T18:00:00.000Z',
        }),
      ],
    });
    expect(upcomingOccurrences(event, NOW).map((o) => o.id)).toEqual(['a', 'b']);
  });
});
