import { borkenDateOf, claimDeadlineOf, daysUntil, earliestExtension } from './counter-dates';

describe('counter dates', () => {
  it('takes the day of an instant from the Borken clock, not UTC', () => {
    // 23:30 UTC on 31 Dec is already New Year in Borken
    expect(borkenDateOf('2026-12-31T23:30:00Z')).toBe('2027-01-01');
  });

  it('puts the § 548 claim deadline six months after the return', () => {
    expect(claimDeadlineOf('2026-11-27')).toBe('2027-05-27');
  });

  it('ends a claim period that starts on the 31st on the last day of the shorter month', () => {
    expect(claimDeadlineOf('2026-08-31')).toBe('2027-02-28');
  });

  it('counts days to a deadline, negative when past', () => {
    expect(daysUntil('2026-11-27', '2026-12-07')).toBe(10);
    expect(daysUntil('2026-11-27', '2026-11-20')).toBe(-7);
  });

  it('offers an extension from the day after the later of today and the due date', () => {
    expect(earliestExtension('2026-11-27', '2026-12-01')).toBe('2026-12-02');
    expect(earliestExtension('2026-11-27', '2026-11-20')).toBe('2026-11-28');
    expect(earliestExtension('2026-11-27', null)).toBe('2026-11-28');
  });
});
