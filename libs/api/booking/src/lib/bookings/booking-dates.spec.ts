import type { BookingRequest } from '@zusammen/shared/contracts';
import {
  expandRequest,
  requestFieldProblems,
  ruleEndsBy,
  seriesHorizon,
  singleDate,
} from './booking-dates';

const base: BookingRequest = {
  roomId: '7d7c3a0e-0000-4000-8000-000000000000',
  title: 'Sprachcafé',
  date: '2027-03-16',
  startTime: '18:00',
  endTime: '20:00',
};

describe('booking dates', () => {
  it('a single date keeps its wall time in Europe/Berlin on both sides of the spring change', () => {
    expect(singleDate('2027-03-23', '18:00', '20:00').startsAt.toISOString()).toBe(
      '2027-03-23T17:00:00.000Z',
    );
    expect(singleDate('2027-03-30', '18:00', '20:00').startsAt.toISOString()).toBe(
      '2027-03-30T16:00:00.000Z',
    );
  });

  it('a time in the spring gap moves one hour later (RFC 5545)', () => {
    expect(singleDate('2027-03-28', '02:30', '04:00').startsAt.toISOString()).toBe(
      '2027-03-28T01:30:00.000Z',
    );
  });

  it('a single request is one date and no series', () => {
    expect(expandRequest(base, '2026-11-27')).toMatchObject({
      rrule: null,
      materialisedUntil: null,
      skipped: [],
      dates: [{ date: '2027-03-16' }],
    });
  });

  it('a series leaves the skipped dates out and ends at the rule when it ends before the horizon', () => {
    const expanded = expandRequest(
      {
        ...base,
        rule: { frequency: 'WEEKLY', byWeekday: ['TU'], until: '2027-04-06' },
        skipDates: ['2027-03-23', '2027-03-24'],
      },
      '2026-11-27',
    );
    expect(expanded.rrule).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20270406');
    expect(expanded.dates.map((d) => d.date)).toEqual(['2027-03-16', '2027-03-30', '2027-04-06']);
    expect(expanded.skipped.map((d) => d.date)).toEqual(['2027-03-23']);
    expect(expanded.materialisedUntil).toBe('2027-04-06');
  });

  it('an open-ended series is materialised up to 12 months after today', () => {
    const expanded = expandRequest(
      {
        ...base,
        date: '2026-12-01',
        rule: { frequency: 'WEEKLY', byWeekday: ['TU'], until: '2028-06-30' },
      },
      '2026-11-27',
    );
    expect(expanded.materialisedUntil).toBe('2027-11-27');
    expect(expanded.dates[expanded.dates.length - 1].date).toBe('2027-11-23');
  });

  it('a COUNT rule ends on its last date', () => {
    const expanded = expandRequest(
      { ...base, rule: { frequency: 'DAILY', count: 3 } },
      '2026-11-27',
    );
    expect(expanded.materialisedUntil).toBe('2027-03-18');
    expect(ruleEndsBy('FREQ=DAILY;INTERVAL=1;COUNT=5', '2027-03-18', expanded.dates)).toBeNull();
  });

  it('the horizon never lies before the first date', () => {
    expect(seriesHorizon('2026-11-27', '2026-12-01')).toBe('2027-11-27');
    expect(seriesHorizon('2026-11-27', '2028-01-01')).toBe('2028-01-01');
  });

  it('names impossible dates and an end before the start', () => {
    expect(requestFieldProblems({ ...base, date: '2027-02-29', endTime: '17:00' })).toEqual({
      date: ['date is not a calendar date'],
      endTime: ['endTime must be after startTime (on the same day)'],
    });
    expect(requestFieldProblems(base)).toEqual({});
  });
});
