import { zonedInstant } from '@zusammen/shared/util';
import { planSeriesFeed, type SeriesFeedRow } from './series-feed';

const BERLIN = 'Europe/Berlin';
const weekly = {
  rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=20',
  localStartDate: '2026-03-17',
  startTime: '17:00:00',
  endTime: '18:30:00',
  tzid: BERLIN,
};
const row = (
  date: string,
  overrides: Partial<SeriesFeedRow<string>> = {},
): SeriesFeedRow<string> => ({
  recurrenceDate: date,
  startsAt: zonedInstant(date, '17:00', BERLIN),
  endsAt: zonedInstant(date, '18:30', BERLIN),
  isOverride: false,
  shown: true,
  payload: date,
  ...overrides,
});

describe('planSeriesFeed', () => {
  const dates = ['2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07'];

  it('turns unchanged rows into RRULE instances with UNTIL at the last date of the window (UTC)', () => {
    const plan = planSeriesFeed(
      weekly,
      dates.map((d) => row(d)),
      {
        from: '2026-03-17',
        until: '2026-04-07',
      },
    );
    expect(plan.master?.first.startsAt.toISOString()).toBe('2026-03-17T16:00:00.000Z');
    // 2026-04-07 17:00 CEST = 15:00 UTC
    expect(plan.master?.rrule).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20260407T150000Z');
    expect(plan.master?.exdates).toEqual([]);
    expect(plan.overrides).toEqual([]);
    expect(plan.strays).toEqual([]);
  });

  it('leaves out dates without a shown row and makes moved dates overrides', () => {
    const moved = row('2026-03-31', {
      startsAt: zonedInstant('2026-04-01', '18:00', BERLIN),
      endsAt: zonedInstant('2026-04-01', '19:30', BERLIN),
      isOverride: true,
    });
    const plan = planSeriesFeed(
      weekly,
      [row('2026-03-17'), row('2026-03-24', { shown: false }), moved],
      { from: '2026-03-17', until: '2026-04-07' },
    );
    expect(plan.master?.exdates.map((d) => d.toISOString())).toEqual([
      '2026-03-24T16:00:00.000Z',
      '2026-04-07T15:00:00.000Z',
    ]);
    expect(plan.overrides).toHaveLength(1);
    expect(plan.overrides[0].recurrence.startsAt.toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(plan.overrides[0].row).toBe(moved);
  });

  it('treats a row with other times as an override even when not marked', () => {
    const plan = planSeriesFeed(
      weekly,
      [row('2026-03-17', { endsAt: zonedInstant('2026-03-17', '19:00', BERLIN) })],
      { from: '2026-03-17', until: '2026-03-17' },
    );
    expect(plan.overrides).toHaveLength(1);
  });

  it('starts at the window and keeps rows outside the rule as strays', () => {
    const plan = planSeriesFeed(
      weekly,
      [
        row('2026-03-31'),
        row('2026-04-01'),
        row('2026-03-10'),
        { ...row('2026-04-07'), recurrenceDate: null },
      ],
      { from: '2026-03-25', until: '2026-04-07' },
    );
    expect(plan.master?.first.date).toBe('2026-03-31');
    expect(plan.strays.map((s) => s.payload)).toEqual(['2026-04-01', '2026-03-10', '2026-04-07']);
    expect(plan.master?.exdates.map((d) => d.toISOString())).toEqual(['2026-04-07T15:00:00.000Z']);
  });

  it('has no master when no date is shown', () => {
    const plan = planSeriesFeed(weekly, [row('2026-03-17', { shown: false })], {
      from: '2026-03-17',
      until: '2026-04-07',
    });
    expect(plan.master).toBeNull();
    expect(plan.overrides).toEqual([]);
  });

  it('keeps ordinals of monthly rules', () => {
    const plan = planSeriesFeed(
      {
        ...weekly,
        rrule: 'FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU;UNTIL=20261231',
        localStartDate: '2026-01-13',
      },
      [row('2026-01-13'), row('2026-02-10')],
      { from: '2026-01-01', until: '2026-02-28' },
    );
    expect(plan.master?.rrule).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU;UNTIL=20260210T160000Z');
  });
});
