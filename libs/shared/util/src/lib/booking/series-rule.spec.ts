import type { SeriesRuleInput } from '@zusammen/shared/contracts';
import { fromRRule, SeriesRuleError, toRRule, validateSeriesRule, withUntil } from './series-rule';

describe('toRRule', () => {
  it('writes weekly, daily and monthly rules without DTSTART', () => {
    expect(toRRule({ frequency: 'WEEKLY', byWeekday: ['TU'], until: '2027-06-30' })).toBe(
      'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20270630',
    );
    expect(
      toRRule({ frequency: 'WEEKLY', interval: 2, byWeekday: ['FR', 'MO', 'MO'], count: 10 }),
    ).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;COUNT=10');
    expect(toRRule({ frequency: 'DAILY', count: 5 })).toBe('FREQ=DAILY;INTERVAL=1;COUNT=5');
    expect(toRRule({ frequency: 'MONTHLY', byWeekday: ['2TU'], count: 12 })).toBe(
      'FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU;COUNT=12',
    );
    expect(toRRule({ frequency: 'MONTHLY', byWeekday: ['-1FR', '+1FR'], count: 12 })).toBe(
      'FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR,1FR;COUNT=12',
    );
    expect(toRRule({ frequency: 'MONTHLY', byMonthDay: 15, until: '2026-12-31' })).toBe(
      'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=15;UNTIL=20261231',
    );
  });

  it.each<[string, SeriesRuleInput]>([
    ['yearly', { frequency: 'YEARLY' as never, count: 3 }],
    ['neither count nor until', { frequency: 'WEEKLY', byWeekday: ['TU'] }],
    ['both count and until', { frequency: 'DAILY', count: 3, until: '2026-12-01' }],
    ['count over 400', { frequency: 'DAILY', count: 401 }],
    ['count 0', { frequency: 'DAILY', count: 0 }],
    ['fractional interval', { frequency: 'DAILY', interval: 1.5, count: 3 }],
    ['interval 0', { frequency: 'DAILY', interval: 0, count: 3 }],
    ['weekly ordinal', { frequency: 'WEEKLY', byWeekday: ['2TU'], count: 3 }],
    ['weekly unknown day', { frequency: 'WEEKLY', byWeekday: ['XX'], count: 3 }],
    ['monthly plain weekday', { frequency: 'MONTHLY', byWeekday: ['TU'], count: 3 }],
    ['monthly sixth weekday', { frequency: 'MONTHLY', byWeekday: ['6TU'], count: 3 }],
    ['monthly both', { frequency: 'MONTHLY', byWeekday: ['1MO'], byMonthDay: 3, count: 3 }],
    ['month day 32', { frequency: 'MONTHLY', byMonthDay: 32, count: 3 }],
    ['daily with weekdays', { frequency: 'DAILY', byWeekday: ['MO'], count: 3 }],
    ['until not a date', { frequency: 'DAILY', until: '2026-02-30' }],
    ['rrule injection', { frequency: 'WEEKLY', byWeekday: ['TU;COUNT=9999'], count: 3 }],
  ])('rejects %s with SERIES_RULE_INVALID', (_name, rule) => {
    expect(() => toRRule(rule)).toThrow(SeriesRuleError);
    try {
      toRRule(rule);
    } catch (error) {
      expect((error as SeriesRuleError).code).toBe('SERIES_RULE_INVALID');
      expect((error as SeriesRuleError).problems.length).toBeGreaterThan(0);
    }
  });

  it('checks UNTIL against the start date: not before it, at most two years after it', () => {
    const rule: SeriesRuleInput = { frequency: 'WEEKLY', byWeekday: ['TU'], until: '2028-06-02' };
    expect(() => toRRule(rule, '2026-06-02')).not.toThrow();
    expect(() => toRRule({ ...rule, until: '2028-06-03' }, '2026-06-02')).toThrow(SeriesRuleError);
    expect(validateSeriesRule({ ...rule, until: '2026-06-01' }, '2026-06-02')).toEqual([
      'until lies before the start date.',
    ]);
    expect(validateSeriesRule(rule)).toEqual([]);
  });
});

describe('fromRRule and withUntil', () => {
  it('reads back what toRRule writes', () => {
    const rules: SeriesRuleInput[] = [
      { frequency: 'WEEKLY', interval: 2, byWeekday: ['MO', 'FR'], until: '2027-06-30' },
      { frequency: 'MONTHLY', interval: 1, byWeekday: ['2TU'], count: 12 },
      { frequency: 'MONTHLY', interval: 3, byMonthDay: 31, count: 4 },
      { frequency: 'DAILY', interval: 1, count: 5 },
    ];
    for (const rule of rules) expect(fromRRule(toRRule(rule))).toEqual(rule);
  });

  it('rejects parts outside the supported subset', () => {
    expect(() => fromRRule('FREQ=WEEKLY;BYDAY=TU;COUNT=3;BYHOUR=10')).toThrow(SeriesRuleError);
    expect(() => fromRRule('FREQ=WEEKLY;COUNT=3;COUNT=4')).toThrow(SeriesRuleError);
    expect(() => fromRRule('FREQ=WEEKLY;UNTIL=20270630T120000Z')).toThrow(SeriesRuleError);
    expect(() => fromRRule('nonsense')).toThrow(SeriesRuleError);
  });

  it('ends a rule on a given date instead of its count', () => {
    expect(withUntil('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=20', '2026-09-14')).toBe(
      'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20260914',
    );
  });
});
