import {
  aggregateReport,
  countBy,
  daysBetween,
  median,
  monthBuckets,
  reachedMonths,
  share,
  withZeros,
  type PairingFact,
} from './report-aggregation';

const PERIOD = { from: '2026-01-01', to: '2026-06-30' };

function pairing(overrides: Partial<PairingFact>): PairingFact {
  return {
    state: 'trial',
    trialStartedOn: '2026-02-01',
    activeSince: null,
    endedOn: null,
    endKind: null,
    endReason: null,
    ...overrides,
  };
}

describe('median', () => {
  it('is null for no values', () => expect(median([])).toBeNull());
  it('takes the middle value of an odd count, unsorted input', () =>
    expect(median([30, 10, 20])).toBe(20));
  it('takes the mean of the middle two for an even count', () =>
    expect(median([4, 1, 10, 3])).toBe(3.5));
  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('share', () => {
  it('divides', () => expect(share(1, 4)).toBe(0.25));
  it('is null without a whole', () => expect(share(0, 0)).toBeNull());
});

describe('monthBuckets', () => {
  it('lists every month the period touches, zeros included, and ignores dates outside', () => {
    expect(
      monthBuckets({ from: '2025-11-15', to: '2026-02-03' }, [
        '2025-11-15',
        '2026-01-31',
        '2026-01-01',
        '2025-10-31',
        '2026-03-01',
      ]),
    ).toEqual([
      { month: '2025-11', count: 1 },
      { month: '2025-12', count: 0 },
      { month: '2026-01', count: 2 },
      { month: '2026-02', count: 0 },
    ]);
  });

  it('has one bucket for a period inside one month', () => {
    expect(monthBuckets({ from: '2026-03-05', to: '2026-03-05' }, ['2026-03-05'])).toEqual([
      { month: '2026-03', count: 1 },
    ]);
  });
});

describe('countBy and withZeros', () => {
  it('counts every code, zero for the missing ones', () => {
    expect(countBy(['a', 'b', 'c'] as const, ['a', 'c', 'a'])).toEqual({ a: 2, b: 0, c: 1 });
    expect(withZeros(['a', 'b'] as const, { b: 4 })).toEqual({ a: 0, b: 4 });
  });
});

describe('daysBetween', () => {
  it('counts calendar days across a leap day', () =>
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2));
});

describe('reachedMonths', () => {
  const to = '2026-06-30';
  it('counts only pairings that had the chance to last that long', () => {
    const pairings = [
      // had the chance (2025-12-30 + 6 months = 2026-06-30 ≤ to), still open → reached
      pairing({ state: 'active', activeSince: '2025-12-30' }),
      // ended one day short of 6 months → not reached
      pairing({
        state: 'ended',
        activeSince: '2025-10-01',
        endedOn: '2026-03-31',
        endKind: 'premature',
        endReason: 'contact_faded',
      }),
      // ended exactly at 6 months → reached
      pairing({
        state: 'ended',
        activeSince: '2025-10-01',
        endedOn: '2026-04-01',
        endKind: 'planned',
        endReason: 'completed',
      }),
      // no chance yet (due 2026-07-01) → left out
      pairing({ state: 'active', activeSince: '2026-01-01' }),
      // never active → left out
      pairing({ state: 'trial' }),
    ];
    expect(reachedMonths(pairings, 6, to)).toBeCloseTo(2 / 3, 12);
    // 12 months: only the ones active since 2025-06-30 or earlier had the chance — none
    expect(reachedMonths(pairings, 12, to)).toBeNull();
  });

  it('counts a pause as lasting', () => {
    expect(reachedMonths([pairing({ state: 'paused', activeSince: '2025-01-31' })], 12, to)).toBe(
      1,
    );
  });
});

describe('aggregateReport', () => {
  it('counts created by the trial start, ends by their day, and derives the rates', () => {
    const report = aggregateReport(PERIOD, {
      pairings: [
        // created in January, active since March, still active
        pairing({ state: 'active', trialStartedOn: '2026-01-10', activeSince: '2026-03-01' }),
        // created before the period, ended in the period after 100 days active: premature
        pairing({
          state: 'ended',
          trialStartedOn: '2025-09-01',
          activeSince: '2025-10-01',
          endedOn: '2026-01-09',
          endKind: 'premature',
          endReason: 'life_change',
        }),
        // created in March, trial not continued in April (no duration)
        pairing({
          state: 'ended',
          trialStartedOn: '2026-03-15',
          endedOn: '2026-04-02',
          endKind: 'trial_not_continued',
          endReason: 'family_dissatisfied',
        }),
        // planned end in the period after 200 days
        pairing({
          state: 'ended',
          trialStartedOn: '2025-05-01',
          activeSince: '2025-06-01',
          endedOn: '2025-12-18',
          endKind: 'planned',
          endReason: 'completed',
        }),
        // ended after the period: not an end of this period, still created before it
        pairing({
          state: 'ended',
          trialStartedOn: '2026-06-30',
          endedOn: '2026-07-05',
          endKind: 'trial_not_continued',
          endReason: 'contact_faded',
        }),
        pairing({ state: 'paused', trialStartedOn: '2025-12-31', activeSince: '2026-01-20' }),
        pairing({ state: 'trial', trialStartedOn: '2026-06-01' }),
      ],
      waitingDays: [12, 40, 3],
      familiesWaitingNow: 4,
      volunteersByStatus: { approved: 5, in_vetting: 2 },
      checkIns: 17,
    });

    expect(report).toMatchObject({
      from: '2026-01-01',
      to: '2026-06-30',
      createdByMonth: [
        { month: '2026-01', count: 1 },
        { month: '2026-02', count: 0 },
        { month: '2026-03', count: 1 },
        { month: '2026-04', count: 0 },
        { month: '2026-05', count: 0 },
        { month: '2026-06', count: 2 },
      ],
      created: 4,
      activeNow: 3,
      ended: 2,
      medianDurationDays: 100,
      earlyClosureRate: 1,
      medianWaitingDays: 12,
      familiesWaitingNow: 4,
      checkIns: 17,
    });
    expect(report.endedByReason).toEqual({
      completed: 0,
      life_change: 1,
      volunteer_dissatisfied: 0,
      family_dissatisfied: 1,
      contact_faded: 0,
      volunteer_unresponsive: 0,
      family_independent: 0,
      safeguarding: 0,
    });
    expect(report.endedByKind).toEqual({ planned: 0, premature: 1, trial_not_continued: 1 });
    expect(report.volunteersByStatus).toEqual({
      registered: 0,
      in_vetting: 2,
      approved: 5,
      rejected: 0,
      withdrawn: 0,
      paused: 0,
      inactive: 0,
    });
    // 6 months by 2026-06-30: the premature one (active 2025-10-01, ended after 100 days) and the planned one
    // (2025-06-01 → 2025-12-18, 200 days) had the chance; only the planned one lasted
    expect(report.reached6Months).toBe(0.5);
    // 12 months: only the planned one had the chance (due 2026-06-01), and it ended before
    expect(report.reached12Months).toBe(0);
  });

  it('gives nulls, not zeros, where there is nothing to measure', () => {
    const report = aggregateReport(PERIOD, {
      pairings: [],
      waitingDays: [],
      familiesWaitingNow: 0,
      volunteersByStatus: {},
      checkIns: 0,
    });
    expect(report).toMatchObject({
      created: 0,
      ended: 0,
      medianDurationDays: null,
      earlyClosureRate: null,
      reached6Months: null,
      reached12Months: null,
      medianWaitingDays: null,
    });
    expect(report.createdByMonth).toHaveLength(6);
  });
});
