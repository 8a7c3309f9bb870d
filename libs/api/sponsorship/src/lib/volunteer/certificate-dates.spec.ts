import { addMonths, isCalendarDate, todayInBorken } from './calendar-dates';
import { certificateDateProblems, certificateRenewalDueOn } from './certificate-dates';

describe('calendar dates', () => {
  it.each([
    ['2026-11-26', -3, '2026-08-26'],
    ['2026-05-31', -3, '2026-02-28'], // clamped like PostgreSQL's date - interval '3 months'
    ['2028-05-31', -3, '2028-02-29'],
    ['2026-01-15', -3, '2025-10-15'],
    ['2024-02-29', 60, '2029-02-28'],
    ['2026-11-26', 60, '2031-11-26'],
  ])('%s moved by %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('26-11-2026')).toBe(false);
    expect(isCalendarDate('2026-11-26T00:00:00Z')).toBe(false);
  });

  it('takes today from Borken’s clock, not UTC', () => {
    // 23:30 UTC on 26 November is already 27 November in Borken (CET, UTC+1)
    expect(todayInBorken(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (CEST, UTC+2)
    expect(todayInBorken(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInBorken(new Date('2026-11-26T12:00:00Z'))).toBe('2026-11-26');
  });
});

describe('certificate date rules (§ 72a ledger)', () => {
  const today = '2026-11-26';

  it('accepts a certificate issued up to 3 months before an inspection today or earlier', () => {
    expect(certificateDateProblems({ issuedOn: '2026-08-26', inspectedOn: today }, today)).toEqual(
      {},
    );
    expect(certificateDateProblems({ issuedOn: today, inspectedOn: today }, today)).toEqual({});
    expect(
      certificateDateProblems({ issuedOn: '2026-02-28', inspectedOn: '2026-05-31' }, today),
    ).toEqual({});
  });

  it('refuses a certificate more than 3 months old at inspection', () => {
    expect(certificateDateProblems({ issuedOn: '2026-08-25', inspectedOn: today }, today)).toEqual({
      issuedOn: ['TOO_OLD_AT_INSPECTION'],
    });
    expect(
      certificateDateProblems({ issuedOn: '2026-02-27', inspectedOn: '2026-05-31' }, today),
    ).toEqual({ issuedOn: ['TOO_OLD_AT_INSPECTION'] });
  });

  it('refuses an issue date after the inspection', () => {
    expect(
      certificateDateProblems({ issuedOn: '2026-11-20', inspectedOn: '2026-11-19' }, today),
    ).toEqual({ issuedOn: ['AFTER_INSPECTION'] });
  });

  it('refuses dates in the future', () => {
    expect(
      certificateDateProblems({ issuedOn: '2026-11-20', inspectedOn: '2026-11-27' }, today),
    ).toEqual({ inspectedOn: ['IN_FUTURE'] });
    expect(
      certificateDateProblems({ issuedOn: '2026-11-28', inspectedOn: '2026-11-28' }, today),
    ).toEqual({ inspectedOn: ['IN_FUTURE'], issuedOn: ['IN_FUTURE'] });
  });

  it('is due for renewal 5 years after the issue date', () => {
    expect(certificateRenewalDueOn('2026-09-01')).toBe('2031-09-01');
    expect(certificateRenewalDueOn('2028-02-29')).toBe('2033-02-28');
  });
});
