import { addDays, berlinDayOf, berlinLocalToIso, groupByBerlinDay } from './berlin-time';

describe('berlinDayOf', () => {
  it('puts a late evening date on its Borken day, not on the UTC one', () => {
    // 23:30 in Borken in winter is 22:30 UTC; in summer 21:30 UTC.
    expect(berlinDayOf('2026-12-07T22:30:00.000Z')).toBe('2026-12-07');
    expect(berlinDayOf('2026-07-07T21:30:00.000Z')).toBe('2026-07-07');
  });

  it('puts an after-midnight instant on the next Borken day although UTC is still on the day before', () => {
    expect(berlinDayOf('2026-12-07T23:30:00.000Z')).toBe('2026-12-08');
    expect(berlinDayOf('2026-07-07T22:30:00.000Z')).toBe('2026-07-08');
  });

  it('keeps the days of both clock-change weekends right', () => {
    expect(berlinDayOf('2026-03-28T23:30:00.000Z')).toBe('2026-03-29');
    expect(berlinDayOf('2026-10-24T22:30:00.000Z')).toBe('2026-10-25');
    expect(berlinDayOf('2026-10-25T22:59:00.000Z')).toBe('2026-10-25');
    expect(berlinDayOf('2026-10-25T23:00:00.000Z')).toBe('2026-10-26');
  });

  it('refuses something that is no instant', () => {
    expect(() => berlinDayOf('morgen')).toThrow(RangeError);
  });
});

describe('groupByBerlinDay', () => {
  it('groups by Borken day, days and items in time order', () => {
    const items = [
      { id: 'late', at: '2026-12-07T22:30:00.000Z' }, // 7 Dec 23:30
      { id: 'next', at: '2026-12-07T23:15:00.000Z' }, // 8 Dec 00:15
      { id: 'early', at: '2026-12-07T08:00:00.000Z' }, // 7 Dec 09:00
    ];

    const groups = groupByBerlinDay(items, (item) => item.at);

    expect(groups.map((g) => [g.day, g.items.map((i) => i.id)])).toEqual([
      ['2026-12-07', ['early', 'late']],
      ['2026-12-08', ['next']],
    ]);
  });

  it('gives no groups for no items', () => {
    expect(groupByBerlinDay([], () => '')).toEqual([]);
  });
});

describe('berlinLocalToIso', () => {
  it('reads a form date and time as Borken time in winter and summer', () => {
    expect(berlinLocalToIso('2026-12-01', '18:00')).toBe('2026-12-01T17:00:00.000Z');
    expect(berlinLocalToIso('2026-07-01', '18:00')).toBe('2026-07-01T16:00:00.000Z');
  });

  it('moves a time in the spring gap forward (02:30 → 03:30 CEST)', () => {
    expect(berlinLocalToIso('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(berlinLocalToIso('2026-03-29', '03:30')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of an ambiguous autumn time (CEST)', () => {
    expect(berlinLocalToIso('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(berlinLocalToIso('2026-10-25', '03:30')).toBe('2026-10-25T02:30:00.000Z');
  });

  it('refuses malformed or impossible input', () => {
    expect(berlinLocalToIso('', '18:00')).toBeNull();
    expect(berlinLocalToIso('2026-04-31', '18:00')).toBeNull();
    expect(berlinLocalToIso('2026-04-01', '24:00')).toBeNull();
    expect(berlinLocalToIso('2026-04-01', '6 Uhr')).toBeNull();
  });
});

describe('addDays', () => {
  it('counts calendar days across a clock change and a month end', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });
});
