import {
  addDays,
  borkenClock,
  certificateDeletionCutoff,
  daysBetween,
  followUpMailsOpen,
  isoWeek,
  noContactCutoff,
  renewalStage,
} from './follow-up-dates';

describe('follow-up dates', () => {
  describe('borkenClock and followUpMailsOpen', () => {
    it('reads the day and hour in Borken, not in UTC', () => {
      // 23:30 UTC on 31 March 2026 is 01:30 on 1 April in Borken (summer time)
      expect(borkenClock(new Date('2026-03-31T23:30:00Z'))).toEqual({
        today: '2026-04-01',
        hour: 1,
      });
      // winter: UTC+1
      expect(borkenClock(new Date('2026-01-05T05:59:00Z'))).toEqual({
        today: '2026-01-05',
        hour: 6,
      });
    });

    it('opens the mail window at 07:00 Borken time', () => {
      expect(followUpMailsOpen(new Date('2026-01-05T05:59:59Z'))).toBe(false); // 06:59 CET
      expect(followUpMailsOpen(new Date('2026-01-05T06:00:00Z'))).toBe(true); // 07:00 CET
      expect(followUpMailsOpen(new Date('2026-07-06T04:59:59Z'))).toBe(false); // 06:59 CEST
      expect(followUpMailsOpen(new Date('2026-07-06T05:00:00Z'))).toBe(true); // 07:00 CEST
      expect(followUpMailsOpen(new Date('2026-07-06T21:30:00Z'))).toBe(true); // 23:30 CEST
    });
  });

  describe('isoWeek', () => {
    it.each([
      ['2026-11-23', '2026-W48'], // a Monday
      ['2026-11-29', '2026-W48'], // the Sunday of the same week
      ['2026-11-30', '2026-W49'],
      ['2025-12-29', '2026-W01'], // Monday before New Year belongs to the next year's week 1
      ['2027-01-01', '2026-W53'], // a Friday: still the previous year's last week
      ['2027-01-04', '2027-W01'],
      ['2021-01-03', '2020-W53'],
    ])('%s is in %s', (date, week) => {
      expect(isoWeek(date)).toBe(week);
    });
  });

  describe('day arithmetic', () => {
    it('adds days across months and leap days', () => {
      expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
      expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    });

    it('counts whole days, also across the change to summer time', () => {
      expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
      expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    });
  });

  describe('noContactCutoff', () => {
    it('flags a last contact exactly N days ago, not one day later', () => {
      const cutoff = noContactCutoff('2026-05-22', 21);
      expect(cutoff).toBe('2026-05-01');
      expect('2026-05-01' <= cutoff).toBe(true); // 21 days ago: alert
      expect('2026-05-02' <= cutoff).toBe(false); // 20 days ago: not yet
    });
  });

  describe('renewalStage', () => {
    const due = '2026-09-15';

    it('is silent more than six months before the due day', () => {
      expect(renewalStage('2026-03-14', due)).toBeNull();
    });

    it('reminds six months before, until one month before', () => {
      expect(renewalStage('2026-03-15', due)).toBe('six_months');
      expect(renewalStage('2026-08-14', due)).toBe('six_months');
    });

    it('reminds again one month before, until the day before', () => {
      expect(renewalStage('2026-08-15', due)).toBe('one_month');
      expect(renewalStage('2026-09-14', due)).toBe('one_month');
    });

    it('stops on the due day (the volunteer is no longer eligible for minors)', () => {
      expect(renewalStage('2026-09-15', due)).toBeNull();
      expect(renewalStage('2027-01-01', due)).toBeNull();
    });

    it('clamps month ends like PostgreSQL: due 31 August → reminders from 28/29 February and 31 July', () => {
      expect(renewalStage('2026-02-27', '2026-08-31')).toBeNull();
      expect(renewalStage('2026-02-28', '2026-08-31')).toBe('six_months');
      expect(renewalStage('2026-07-31', '2026-08-31')).toBe('one_month');
    });
  });

  describe('certificateDeletionCutoff', () => {
    it('is three months back, clamped to the month’s last day', () => {
      expect(certificateDeletionCutoff('2026-05-20')).toBe('2026-02-20');
      expect(certificateDeletionCutoff('2026-05-31')).toBe('2026-02-28');
    });
  });
});
