import { PAIRING_STATES } from '@zusammen/shared/contracts';
import { checkInAllowed, checkInAuthorship, checkInDateProblems } from './check-in-rules';

describe('check-in rules', () => {
  describe('states (invariant 8)', () => {
    it.each(PAIRING_STATES.map((state) => [state, ['trial', 'active', 'paused'].includes(state)]))(
      '%s → allowed: %s',
      (state, allowed) => {
        expect(checkInAllowed(state)).toBe(allowed);
      },
    );
  });

  describe('occurredOn', () => {
    const pairing = { trialStartedOn: '2026-10-01' };
    const today = '2026-11-26';

    it('accepts today and the trial start day', () => {
      expect(checkInDateProblems(today, pairing, today)).toEqual({});
      expect(checkInDateProblems('2026-10-01', pairing, today)).toEqual({});
    });

    it('rejects tomorrow, naming the field', () => {
      expect(checkInDateProblems('2026-11-27', pairing, today)).toEqual({
        occurredOn: [expect.stringContaining('after today')],
      });
    });

    it('rejects the day before the trial started', () => {
      expect(checkInDateProblems('2026-09-30', pairing, today)).toEqual({
        occurredOn: [expect.stringContaining('before the trial started (2026-10-01)')],
      });
    });

    it('has no lower bound when the trial start is unknown', () => {
      expect(checkInDateProblems('2020-01-01', { trialStartedOn: null }, today)).toEqual({});
    });
  });

  describe('authorship', () => {
    it('a volunteer always enters as volunteer with a shared note, whatever the request says', () => {
      expect(
        checkInAuthorship({ enteredBy: 'proxy', noteVisibility: 'staff_only' }, 'volunteer'),
      ).toEqual({
        enteredBy: 'volunteer',
        noteVisibility: 'shared',
      });
    });

    it('staff default to staff and shared', () => {
      expect(checkInAuthorship({}, 'staff')).toEqual({
        enteredBy: 'staff',
        noteVisibility: 'shared',
      });
    });

    it('staff may enter for the family and keep the note to staff', () => {
      expect(
        checkInAuthorship({ enteredBy: 'proxy', noteVisibility: 'staff_only' }, 'staff'),
      ).toEqual({
        enteredBy: 'proxy',
        noteVisibility: 'staff_only',
      });
    });
  });
});
