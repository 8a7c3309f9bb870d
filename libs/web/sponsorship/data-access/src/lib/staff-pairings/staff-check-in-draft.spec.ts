import type { StaffCheckInDraft } from './staff-check-in-draft';
import { emptyStaffCheckInDraft, staffCheckInRequestOf } from './staff-check-in-draft';

const LIMITS = { today: '2026-11-26', trialStartedOn: '2026-10-01' };
const filled = (changes: Partial<StaffCheckInDraft> = {}): StaffCheckInDraft => ({
  ...emptyStaffCheckInDraft('2026-11-20'),
  kind: 'meeting',
  durationMinutes: '90',
  topics: ['german', 'school'],
  ...changes,
});

describe('staffCheckInRequestOf', () => {
  it('names every missing field of an empty form', () => {
    expect(staffCheckInRequestOf(emptyStaffCheckInDraft(''), LIMITS)).toEqual({
      ok: false,
      errors: {
        occurredOn: 'required',
        kind: 'required',
        durationMinutes: 'required',
        topics: 'required',
      },
    });
  });

  it('builds a staff entry with a shared note and without a pulse', () => {
    expect(staffCheckInRequestOf(filled({ note: ' Hausaufgaben ' }), LIMITS)).toEqual({
      ok: true,
      request: {
        occurredOn: '2026-11-20',
        kind: 'meeting',
        durationMinutes: 90,
        topics: ['german', 'school'],
        note: 'Hausaufgaben',
        enteredBy: 'staff',
        noteVisibility: 'shared',
      },
    });
  });

  it('marks a proxy entry and a staff-only note, and keeps the pulse', () => {
    const result = staffCheckInRequestOf(
      filled({ proxy: true, staffOnly: true, pulse: 2, note: 'Sorgen' }),
      LIMITS,
    );
    expect(result).toMatchObject({
      ok: true,
      request: { enteredBy: 'proxy', noteVisibility: 'staff_only', pulse: 2 },
    });
  });

  it('refuses dates in the future or before the trial', () => {
    expect(staffCheckInRequestOf(filled({ occurredOn: '2026-11-27' }), LIMITS)).toEqual({
      ok: false,
      errors: { occurredOn: 'future' },
    });
    expect(staffCheckInRequestOf(filled({ occurredOn: '2026-09-30' }), LIMITS)).toEqual({
      ok: false,
      errors: { occurredOn: 'beforeTrial' },
    });
  });

  it('accepts 5 to 600 whole minutes only', () => {
    for (const typed of ['4', '601', '30.5', 'abc']) {
      expect(staffCheckInRequestOf(filled({ durationMinutes: typed }), LIMITS)).toEqual({
        ok: false,
        errors: { durationMinutes: 'range' },
      });
    }
    expect(staffCheckInRequestOf(filled({ durationMinutes: '5' }), LIMITS).ok).toBe(true);
    expect(staffCheckInRequestOf(filled({ durationMinutes: '600' }), LIMITS).ok).toBe(true);
  });

  it('limits the note to 2,000 characters', () => {
    expect(staffCheckInRequestOf(filled({ note: 'x'.repeat(2001) }), LIMITS)).toEqual({
      ok: false,
      errors: { note: 'tooLong' },
    });
  });
});
