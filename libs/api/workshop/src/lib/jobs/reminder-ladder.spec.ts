import {
  dueReminderSteps,
  reminderDeliverAfter,
  reminderStepKey,
  type DueSteps,
} from './reminder-ladder';

const DUE = '2026-03-10';
const RENTAL = { id: 'r1', dueOn: DUE, extended: false };

describe('dueReminderSteps', () => {
  it.each<[string, string, Omit<DueSteps, 'daysOverdue'>]>([
    ['three days before: nothing yet', '2026-03-07', { borrower: null, team: [] }],
    ['two days before: due soon', '2026-03-08', { borrower: 'due_soon', team: [] }],
    ['on the due day: still due soon', '2026-03-10', { borrower: 'due_soon', team: [] }],
    ['the day after: overdue', '2026-03-11', { borrower: 'overdue', team: [] }],
    ['two days after: still overdue', '2026-03-12', { borrower: 'overdue', team: [] }],
    ['three days after: overdue again', '2026-03-13', { borrower: 'overdue_again', team: [] }],
    ['a week after: the team calls', '2026-03-17', { borrower: 'overdue_again', team: ['call'] }],
    [
      'thirty days after: staff decide',
      '2026-04-09',
      { borrower: 'overdue_again', team: ['call', 'write_off'] },
    ],
  ])('%s', (_, today, expected) => {
    expect(dueReminderSteps(DUE, today)).toEqual(expect.objectContaining(expected));
  });

  it('counts the days overdue across a month end', () => {
    expect(dueReminderSteps('2026-02-27', '2026-03-06').daysOverdue).toBe(7);
    expect(dueReminderSteps('2026-02-27', '2026-02-25').daysOverdue).toBe(-2);
  });

  it('counts calendar days across the change to summer time', () => {
    // 29 March 2026: clocks go forward in Borken
    expect(dueReminderSteps('2026-03-28', '2026-03-29').borrower).toBe('overdue');
    expect(dueReminderSteps('2026-03-28', '2026-04-04').team).toEqual(['call']);
  });
});

describe('reminderStepKey', () => {
  it('names rental and step, and the team member for team rows', () => {
    expect(reminderStepKey(RENTAL, 'overdue')).toBe('rental-due/r1/overdue');
    expect(reminderStepKey(RENTAL, 'due_soon')).toBe('rental-due/r1/due_soon');
    expect(reminderStepKey(RENTAL, 'call', 'u7')).toBe('rental-due/r1/call/u7');
  });

  it('starts a new ladder for the new due date of an extended rental', () => {
    const extended = { ...RENTAL, extended: true, dueOn: '2026-03-24' };
    expect(reminderStepKey(extended, 'overdue')).toBe('rental-due/r1/overdue/2026-03-24');
    expect(reminderStepKey(extended, 'due_soon')).toBe('rental-due/r1/due_soon/2026-03-24');
    expect(reminderStepKey(extended, 'write_off', 'u7')).toBe(
      'rental-due/r1/write_off/2026-03-24/u7',
    );
  });
});

describe('reminderDeliverAfter', () => {
  it('holds a row written at night until 08:00 in Borken (winter, UTC+1)', () => {
    expect(reminderDeliverAfter(new Date('2026-03-11T01:30:00Z'))).toEqual(
      new Date('2026-03-11T07:00:00Z'),
    );
  });

  it('holds it until 08:00 summer time (UTC+2)', () => {
    expect(reminderDeliverAfter(new Date('2026-07-01T05:00:00Z'))).toEqual(
      new Date('2026-07-01T06:00:00Z'),
    );
  });

  it('delivers at once from 08:00 on', () => {
    const now = new Date('2026-03-11T07:00:00Z');
    expect(reminderDeliverAfter(now)).toEqual(now);
    const later = new Date('2026-03-11T21:59:00Z');
    expect(reminderDeliverAfter(later)).toEqual(later);
  });
});
