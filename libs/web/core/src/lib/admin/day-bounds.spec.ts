import { dayBounds } from './day-bounds';

describe('dayBounds', () => {
  it('covers a winter day in Berlin time (UTC+1)', () => {
    expect(dayBounds('2026-11-26')).toEqual({
      start: '2026-11-25T23:00:00.000Z',
      end: '2026-11-26T22:59:59.999Z',
    });
  });

  it('covers a summer day in Berlin time (UTC+2)', () => {
    expect(dayBounds('2026-07-01')?.start).toBe('2026-06-30T22:00:00.000Z');
  });

  it('has 23 hours on the day the clocks go forward', () => {
    const bounds = dayBounds('2026-03-29');
    expect(bounds).toEqual({
      start: '2026-03-28T23:00:00.000Z',
      end: '2026-03-29T21:59:59.999Z',
    });
  });

  it('rolls over the end of a month', () => {
    expect(dayBounds('2026-12-31')?.end).toBe('2026-12-31T22:59:59.999Z');
  });

  it('ignores empty and malformed input', () => {
    expect(dayBounds('')).toBeNull();
    expect(dayBounds('26.11.2026')).toBeNull();
  });
});
