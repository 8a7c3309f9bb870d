import type { ProfileFailure } from '@zusammen/web/core';
import { SponsorshipErrorCode } from '@zusammen/shared/contracts';
import { missingStepsOf, volunteerProblemOf } from './volunteer-problem';

const failure = (changes: Partial<ProfileFailure>): ProfileFailure => ({
  status: 409,
  code: null,
  fields: {},
  reason: null,
  ...changes,
});

describe('volunteer problems', () => {
  it('tells a relevant certificate entry apart from missing steps', () => {
    const refused = failure({ code: SponsorshipErrorCode.VettingIncomplete });
    expect(volunteerProblemOf(refused, ['training'], true)).toBe('vettingIncomplete');
    expect(volunteerProblemOf(refused, [], true)).toBe('relevantEntry');
    expect(volunteerProblemOf(refused, [], false)).toBe('vettingIncomplete');
  });

  it('maps the other codes and falls back to the shared admin problems', () => {
    expect(
      volunteerProblemOf(
        failure({ code: SponsorshipErrorCode.VolunteerInvalidTransition }),
        [],
        false,
      ),
    ).toBe('invalidTransition');
    expect(volunteerProblemOf(failure({ status: 422, code: 'VALIDATION_FAILED' }), [], false)).toBe(
      'invalid',
    );
    expect(volunteerProblemOf(failure({ status: 0 }), [], false)).toBe('network');
  });

  it('prefers the steps the server names, else the page computed ones', () => {
    expect(
      missingStepsOf(failure({ fields: { missing: ['training', 'nonsense'] } }), ['interview']),
    ).toEqual(['training']);
    expect(missingStepsOf(failure({}), ['interview'])).toEqual(['interview']);
  });
});
