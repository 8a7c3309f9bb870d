import {
  addMonths,
  claimDeadlineOf,
  daysToDeadline,
  defaultDueOn,
  dueOnProblem,
  dueSoonReminderAt,
  overdueDaysOf,
} from './rental-dates';

describe('rental dates', () => {
  it('due date = handout day + loan days, across a month end', () => {
    expect(defaultDueOn('2026-11-27', 28)).toBe('2026-12-25');
    expect(defaultDueOn('2026-02-10', 28)).toBe('2026-03-10');
  });

  it('addMonths clamps to the last day of the target month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 24)).toBe('2028-01-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('§ 548 BGB: the claim deadline is six months after the local return day', () => {
    // 23:30 UTC on 31 May is already 1 June in Borken (CEST)
    expect(claimDeadlineOf(new Date('2026-05-31T23:30:00Z'))).toBe('2026-12-01');
    expect(claimDeadlineOf(new Date('2026-08-31T10:00:00Z'))).toBe('2027-02-28');
  });

  it('days to the claim deadline count down and turn negative once it has passed', () => {
    expect(daysToDeadline('2027-02-28', '2027-02-01')).toBe(27);
    expect(daysToDeadline('2027-02-28', '2027-02-28')).toBe(0);
    expect(daysToDeadline('2027-02-28', '2027-03-02')).toBe(-2);
  });

  it('the due-soon reminder goes out two days before, 09:00 Borken time (CET and CEST)', () => {
    expect(dueSoonReminderAt('2026-12-25').toISOString()).toBe('2026-12-23T08:00:00.000Z');
    expect(dueSoonReminderAt('2026-07-03').toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });

  it('overdue days: 0 up to the due date, then the days past it', () => {
    expect(overdueDaysOf('2026-11-27', '2026-11-27')).toBe(0);
    expect(overdueDaysOf('2026-11-20', '2026-11-27')).toBe(7);
    expect(overdueDaysOf(null, '2026-11-27')).toBe(0);
  });

  it('a due date must lie after today (and the current one) and at most two loan periods ahead', () => {
    expect(dueOnProblem('2026-12-10', '2026-11-27', 28)).toBeNull();
    expect(dueOnProblem('2026-11-27', '2026-11-27', 28)).toMatch(/after today/);
    expect(dueOnProblem('2026-12-10', '2026-11-27', 28, '2026-12-10')).toMatch(/current due date/);
    expect(dueOnProblem('2027-01-22', '2026-11-27', 28)).toBeNull();
    expect(dueOnProblem('2027-01-23', '2026-11-27', 28)).toMatch(/at most 56 days/);
    expect(dueOnProblem('2026-02-30', '2026-01-27', 28)).toMatch(/calendar date/);
  });
});
