import { expandSeries, type SeriesDate } from './expand-series';
import { SeriesRuleError, toRRule } from './series-rule';
import { localTimeOf } from './wall-time';

const BERLIN = 'Europe/Berlin';
const iso = (dates: SeriesDate[]) =>
  dates.map((d) => [d.date, d.startsAt.toISOString(), d.endsAt.toISOString()]);

describe('expandSeries', () => {
  it('keeps a weekly Tuesday 17:00 at 17:00 local across 2026-03-29 and 2026-10-25', () => {
    const dates = expandSeries({
      rrule: toRRule({ frequency: 'WEEKLY', byWeekday: ['TU'], until: '2026-11-03' }),
      localStartDate: '2026-03-17',
      startTime: '17:00',
      endTime: '18:30',
      tzid: BERLIN,
      until: '2026-12-31',
    });
    expect(dates).toHaveLength(34);
    expect(dates.every((d) => localTimeOf(d.startsAt, BERLIN) === '17:00')).toBe(true);
    expect(dates.every((d) => localTimeOf(d.endsAt, BERLIN) === '18:30')).toBe(true);
    const byDate = new Map(dates.map((d) => [d.date, d.startsAt.toISOString()]));
    expect(byDate.get('2026-03-24')).toBe('2026-03-24T16:00:00.000Z'); // CET
    expect(byDate.get('2026-03-31')).toBe('2026-03-31T15:00:00.000Z'); // CEST
    expect(byDate.get('2026-10-20')).toBe('2026-10-20T15:00:00.000Z'); // CEST
    expect(byDate.get('2026-10-27')).toBe('2026-10-27T16:00:00.000Z'); // CET
    expect(dates.at(-1)?.date).toBe('2026-11-03');
  });

  it('keeps the local time of a weekly series across both 2027 DST weekends', () => {
    const dates = expandSeries({
      rrule: toRRule({ frequency: 'WEEKLY', byWeekday: ['SA', 'MO'], until: '2027-11-08' }),
      localStartDate: '2027-03-20',
      startTime: '10:00',
      endTime: '12:00',
      tzid: BERLIN,
      until: '2027-12-31',
    });
    const byDate = new Map(iso(dates).map(([date, start, end]) => [date, [start, end]]));
    expect(byDate.get('2027-03-27')).toEqual([
      '2027-03-27T09:00:00.000Z',
      '2027-03-27T11:00:00.000Z',
    ]);
    expect(byDate.get('2027-03-29')).toEqual([
      '2027-03-29T08:00:00.000Z',
      '2027-03-29T10:00:00.000Z',
    ]);
    expect(byDate.get('2027-10-30')).toEqual([
      '2027-10-30T08:00:00.000Z',
      '2027-10-30T10:00:00.000Z',
    ]);
    expect(byDate.get('2027-11-01')).toEqual([
      '2027-11-01T09:00:00.000Z',
      '2027-11-01T11:00:00.000Z',
    ]);
    expect(dates.every((d) => localTimeOf(d.startsAt, BERLIN) === '10:00')).toBe(true);
  });

  it('maps a daily 02:30 to 03:30 CEST on 2026-03-29 and to the CEST instant on 2026-10-25', () => {
    const spring = expandSeries({
      rrule: 'FREQ=DAILY;INTERVAL=1;COUNT=3',
      localStartDate: '2026-03-28',
      startTime: '02:30',
      endTime: '04:00',
      tzid: BERLIN,
      until: '2026-12-31',
    });
    expect(iso(spring)).toEqual([
      ['2026-03-28', '2026-03-28T01:30:00.000Z', '2026-03-28T03:00:00.000Z'],
      ['2026-03-29', '2026-03-29T01:30:00.000Z', '2026-03-29T02:00:00.000Z'],
      ['2026-03-30', '2026-03-30T00:30:00.000Z', '2026-03-30T02:00:00.000Z'],
    ]);
    expect(localTimeOf(spring[1].startsAt, BERLIN)).toBe('03:30');

    const autumn = expandSeries({
      rrule: 'FREQ=DAILY;INTERVAL=1;COUNT=3',
      localStartDate: '2026-10-24',
      startTime: '02:30',
      endTime: '04:00',
      tzid: BERLIN,
      until: '2026-12-31',
    });
    expect(iso(autumn)).toEqual([
      ['2026-10-24', '2026-10-24T00:30:00.000Z', '2026-10-24T02:00:00.000Z'],
      ['2026-10-25', '2026-10-25T00:30:00.000Z', '2026-10-25T03:00:00.000Z'],
      ['2026-10-26', '2026-10-26T01:30:00.000Z', '2026-10-26T03:00:00.000Z'],
    ]);
  });

  it('keeps the booked length when a start in the spring gap would pass the end', () => {
    const [date] = expandSeries({
      rrule: 'FREQ=DAILY;INTERVAL=1;COUNT=1',
      localStartDate: '2026-03-29',
      startTime: '02:30',
      endTime: '03:15',
      tzid: BERLIN,
      until: '2026-12-31',
    });
    expect(date.startsAt.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(date.endsAt.toISOString()).toBe('2026-03-29T02:15:00.000Z');
  });

  it('expands the 2nd Tuesday and the last Friday of each month', () => {
    const second = expandSeries({
      rrule: toRRule({ frequency: 'MONTHLY', byWeekday: ['2TU'], count: 6 }),
      localStartDate: '2026-01-01',
      startTime: '18:00',
      endTime: '20:00',
      tzid: BERLIN,
      until: '2027-01-01',
    });
    expect(second.map((d) => d.date)).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
      '2026-05-12',
      '2026-06-09',
    ]);
    const last = expandSeries({
      rrule: toRRule({ frequency: 'MONTHLY', byWeekday: ['-1FR'], until: '2026-05-31' }),
      localStartDate: '2026-01-01',
      startTime: '18:00',
      endTime: '20:00',
      tzid: BERLIN,
      until: '2026-12-31',
    });
    expect(last.map((d) => d.date)).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
      '2026-05-29',
    ]);
    const monthDay = expandSeries({
      rrule: toRRule({ frequency: 'MONTHLY', byMonthDay: 31, count: 3 }),
      localStartDate: '2026-01-01',
      startTime: '18:00',
      endTime: '20:00',
      tzid: BERLIN,
      until: '2026-12-31',
    });
    expect(monthDay.map((d) => d.date)).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
  });

  it('leaves out exdates and counts them towards COUNT like RFC 5545', () => {
    const dates = expandSeries({
      rrule: toRRule({ frequency: 'WEEKLY', byWeekday: ['TU'], count: 4 }),
      localStartDate: '2026-06-02',
      startTime: '17:00',
      endTime: '18:00',
      tzid: BERLIN,
      exdates: ['2026-06-09', '2026-07-07'],
      until: '2026-12-31',
    });
    expect(dates.map((d) => d.date)).toEqual(['2026-06-02', '2026-06-16', '2026-06-23']);
  });

  it('honours UNTIL inclusively and the from/until window', () => {
    const rrule = toRRule({
      frequency: 'WEEKLY',
      interval: 2,
      byWeekday: ['TU'],
      until: '2026-07-14',
    });
    const all = expandSeries({
      rrule,
      localStartDate: '2026-06-02',
      startTime: '17:00',
      endTime: '18:00',
      tzid: BERLIN,
      until: '2027-01-01',
    });
    expect(all.map((d) => d.date)).toEqual([
      '2026-06-02',
      '2026-06-16',
      '2026-06-30',
      '2026-07-14',
    ]);
    const window = expandSeries({
      rrule,
      localStartDate: '2026-06-02',
      startTime: '17:00',
      endTime: '18:00',
      tzid: BERLIN,
      from: '2026-06-16',
      until: '2026-06-30',
    });
    expect(window.map((d) => d.date)).toEqual(['2026-06-16', '2026-06-30']);
    expect(
      expandSeries({
        rrule,
        localStartDate: '2026-06-02',
        startTime: '17:00',
        endTime: '18:00',
        tzid: BERLIN,
        until: '2026-06-01',
      }),
    ).toEqual([]);
  });

  it('does not count a start date that does not match the rule', () => {
    const dates = expandSeries({
      rrule: toRRule({ frequency: 'WEEKLY', byWeekday: ['TU'], count: 2 }),
      localStartDate: '2026-06-01',
      startTime: '17:00',
      endTime: '18:00',
      tzid: BERLIN,
      until: '2026-12-31',
    });
    expect(dates.map((d) => d.date)).toEqual(['2026-06-02', '2026-06-09']);
  });

  it('rejects an end not after the start, too many dates and foreign rules', () => {
    const base = {
      rrule: 'FREQ=DAILY;INTERVAL=1;COUNT=3',
      localStartDate: '2026-06-01',
      startTime: '17:00',
      endTime: '17:00',
      tzid: BERLIN,
      until: '2026-12-31',
    };
    expect(() => expandSeries(base)).toThrow(
      expect.objectContaining({ code: 'SERIES_TIME_RANGE_INVALID' }),
    );
    expect(() => expandSeries({ ...base, endTime: '16:00' })).toThrow(SeriesRuleError);
    expect(() =>
      expandSeries({
        ...base,
        endTime: '18:00',
        rrule: 'FREQ=DAILY;INTERVAL=1;UNTIL=20280101',
        until: '2028-01-01',
      }),
    ).toThrow(expect.objectContaining({ code: 'SERIES_TOO_MANY_DATES' }));
    expect(() => expandSeries({ ...base, endTime: '18:00', rrule: 'FREQ=HOURLY;COUNT=3' })).toThrow(
      expect.objectContaining({ code: 'SERIES_RULE_INVALID' }),
    );
    expect(() => expandSeries({ ...base, endTime: '18:00', exdates: ['1.6.2026'] })).toThrow(
      SeriesRuleError,
    );
  });

  it('allows exactly 400 dates', () => {
    const dates = expandSeries({
      rrule: 'FREQ=DAILY;INTERVAL=1;COUNT=400',
      localStartDate: '2026-06-01',
      startTime: '17:00',
      endTime: '18:00',
      tzid: BERLIN,
      until: '2028-12-31',
    });
    expect(dates).toHaveLength(400);
    expect(dates.at(-1)?.date).toBe('2027-07-05');
  });
});
