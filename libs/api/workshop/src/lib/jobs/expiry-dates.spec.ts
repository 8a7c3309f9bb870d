import {
  claimAlertStage,
  eligibilityExpiringDue,
  inspectionExpiringDue,
  isTimeBarred,
} from './expiry-dates';

describe('inspectionExpiringDue', () => {
  it.each([
    ['8 days ahead: not yet', '2026-03-18', false],
    ['7 days ahead: warn', '2026-03-17', true],
    ['today: warn', '2026-03-10', true],
    ['already past: no (the bike is due for inspection anyway)', '2026-03-09', false],
  ])('%s', (_, validUntil, expected) => {
    expect(inspectionExpiringDue(validUntil, '2026-03-10')).toBe(expected);
  });
});

describe('eligibilityExpiringDue', () => {
  it.each([
    ['31 days ahead: not yet', '2026-04-10', false],
    ['30 days ahead: remind', '2026-04-09', true],
    ['ended yesterday: no', '2026-03-09', false],
  ])('%s', (_, validUntil, expected) => {
    expect(eligibilityExpiringDue(validUntil, '2026-03-10')).toBe(expected);
  });
});

describe('claimAlertStage', () => {
  const RETURNED = '2026-01-31';
  const DEADLINE = '2026-07-31';

  it.each([
    ['just under 4 months', '2026-05-30', null],
    ['4 months after 31 January: 31 May', '2026-05-31', 'four_months'],
    ['between the alerts', '2026-06-15', 'four_months'],
    ['5 months: 30 June (clamped)', '2026-06-30', 'five_months'],
    ['the deadline day: still five months', '2026-07-31', 'five_months'],
    ['past the deadline: none (time-barred)', '2026-08-01', null],
  ])('%s', (_, today, expected) => {
    expect(claimAlertStage(RETURNED, DEADLINE, today)).toBe(expected);
  });
});

describe('isTimeBarred', () => {
  it('allows a claim on the deadline day and bars it from the next day', () => {
    expect(isTimeBarred('2026-07-31', '2026-07-31')).toBe(false);
    expect(isTimeBarred('2026-07-31', '2026-08-01')).toBe(true);
  });
});
