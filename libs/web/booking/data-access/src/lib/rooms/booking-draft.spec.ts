import {
  AttemptKey,
  bookingDraftProblems,
  bookingRequestOf,
  draftFieldOfApiField,
  newBookingDraft,
  seriesRuleOf,
  weekdayOrdinalOf,
} from './booking-draft';

const TODAY = '2026-05-04';
const valid = newBookingDraft({
  roomId: 'room-1',
  title: '  Deutschkurs für Frauen ',
  date: '2026-05-12',
  startTime: '18:00',
  endTime: '20:00',
});

describe('booking draft', () => {
  it('starts with the weekday of the given date for a weekly series', () => {
    expect(newBookingDraft({ date: '2026-05-12' }).weekdays).toEqual(['TU']);
    expect(newBookingDraft().weekdays).toEqual([]);
  });

  it('sends a single date without a rule, title trimmed', () => {
    expect(bookingDraftProblems(valid, TODAY)).toEqual({});
    expect(bookingRequestOf(valid, ['2026-05-19'])).toEqual({
      roomId: 'room-1',
      title: 'Deutschkurs für Frauen',
      date: '2026-05-12',
      startTime: '18:00',
      endTime: '20:00',
    });
  });

  it('names every missing or wrong field', () => {
    const empty = newBookingDraft();
    expect(bookingDraftProblems(empty, TODAY)).toEqual({
      roomId: 'required',
      title: 'required',
      date: 'required',
      startTime: 'required',
      endTime: 'required',
    });
    expect(bookingDraftProblems({ ...valid, date: '2026-05-03', endTime: '18:00' }, TODAY)).toEqual(
      { date: 'past', endTime: 'beforeStart' },
    );
    expect(bookingDraftProblems({ ...valid, title: 'x'.repeat(201) }, TODAY)).toEqual({
      title: 'tooLong',
    });
  });

  it('checks the repetition: interval, weekdays, end', () => {
    const weekly = {
      ...valid,
      repeat: 'weekly' as const,
      weekdays: [],
      interval: '0',
      count: '401',
    };
    expect(bookingDraftProblems(weekly, TODAY)).toEqual({
      interval: 'range',
      weekdays: 'required',
      count: 'range',
    });
    const until = { ...valid, repeat: 'daily' as const, end: 'until' as const };
    expect(bookingDraftProblems({ ...until, until: '' }, TODAY)).toEqual({ until: 'required' });
    expect(bookingDraftProblems({ ...until, until: '2026-05-11' }, TODAY)).toEqual({
      until: 'beforeStart',
    });
    expect(bookingDraftProblems({ ...until, until: '2028-05-13' }, TODAY)).toEqual({
      until: 'tooFar',
    });
    expect(bookingDraftProblems({ ...until, until: '2028-05-12' }, TODAY)).toEqual({});
  });

  it('builds a weekly rule on the chosen weekdays, Monday first', () => {
    const draft = {
      ...valid,
      repeat: 'weekly' as const,
      weekdays: ['TH' as const, 'TU' as const],
      interval: '2',
    };
    expect(bookingRequestOf(draft, ['2026-05-26', '2026-05-19'])).toEqual({
      roomId: 'room-1',
      title: 'Deutschkurs für Frauen',
      date: '2026-05-12',
      startTime: '18:00',
      endTime: '20:00',
      rule: { frequency: 'WEEKLY', interval: 2, byWeekday: ['TU', 'TH'], count: 10 },
      skipDates: ['2026-05-19', '2026-05-26'],
    });
  });

  it('builds a monthly rule on the n-th weekday or the day of the month', () => {
    // 12 May 2026 is the second Tuesday.
    const monthly = {
      ...valid,
      repeat: 'monthly' as const,
      end: 'until' as const,
      until: '2026-12-31',
    };
    expect(seriesRuleOf(monthly)).toEqual({
      frequency: 'MONTHLY',
      interval: 1,
      byWeekday: ['2TU'],
      until: '2026-12-31',
    });
    expect(seriesRuleOf({ ...monthly, monthlyMode: 'monthDay' })).toEqual({
      frequency: 'MONTHLY',
      interval: 1,
      byMonthDay: 12,
      until: '2026-12-31',
    });
    // The fifth Friday of a month is its last one.
    expect(weekdayOrdinalOf('2026-05-29')).toBe(-1);
    expect(weekdayOrdinalOf('2026-05-01')).toBe(1);
    expect(weekdayOrdinalOf('2026-05-28')).toBe(4);
    expect(seriesRuleOf({ ...valid, repeat: 'daily' })).toEqual({
      frequency: 'DAILY',
      interval: 1,
      count: 10,
    });
  });

  it('maps the API’s field names to the form fields', () => {
    expect(draftFieldOfApiField('rule.until')).toBe('until');
    expect(draftFieldOfApiField('rule.byWeekday')).toBe('weekdays');
    expect(draftFieldOfApiField('startTime')).toBe('startTime');
    expect(draftFieldOfApiField('kind')).toBeNull();
  });

  it('keeps one idempotency key per attempt, a new one when the request changes or succeeded', () => {
    let n = 0;
    const key = new AttemptKey(() => `key-${++n}`);
    expect(key.for({ a: 1 })).toBe('key-1');
    expect(key.for({ a: 1 })).toBe('key-1');
    expect(key.for({ a: 2 })).toBe('key-2');
    key.reset();
    expect(key.for({ a: 2 })).toBe('key-3');
  });
});
