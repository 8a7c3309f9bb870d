import { CommonErrorCode, SponsorshipErrorCode } from '@zusammen/shared/contracts';
import type { ProfileFailure } from '@zusammen/web/core';
import { pairingProblemOf } from './pairing-problem';

const failure = (status: number, code: string | null = null): ProfileFailure => ({
  status,
  code,
  fields: {},
  reason: null,
});

describe('pairingProblemOf', () => {
  it('reads a refused state change or contact as "changed meanwhile"', () => {
    expect(pairingProblemOf(failure(409, SponsorshipErrorCode.PairingInvalidTransition))).toBe(
      'changedMeanwhile',
    );
    expect(pairingProblemOf(failure(409, SponsorshipErrorCode.CheckInNotAllowed))).toBe(
      'changedMeanwhile',
    );
  });

  it('names capacity, missing pairings, invalid input and throttling', () => {
    expect(pairingProblemOf(failure(409, SponsorshipErrorCode.CapacityExceeded))).toBe('capacity');
    expect(pairingProblemOf(failure(404, SponsorshipErrorCode.PairingNotFound))).toBe('notFound');
    expect(pairingProblemOf(failure(422, CommonErrorCode.ValidationFailed))).toBe('invalid');
    expect(pairingProblemOf(failure(429))).toBe('tooManyRequests');
  });

  it('falls back to the general problems, and to "unexpected" for anything else', () => {
    expect(pairingProblemOf(failure(0))).toBe('network');
    expect(pairingProblemOf(failure(403, CommonErrorCode.Forbidden))).toBe('forbidden');
    expect(pairingProblemOf(failure(500, CommonErrorCode.Internal))).toBe('unexpected');
    expect(pairingProblemOf(failure(409, 'EMAIL_TAKEN'))).toBe('unexpected');
  });
});
