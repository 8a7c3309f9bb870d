import { HttpErrorResponse } from '@angular/common/http';
import { profileFailureOf, weakPasswordReasonOf } from './profile-error';

function failed(status: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body });
}

describe('profileFailureOf', () => {
  it('reads code and field messages of a 422', () => {
    const failure = profileFailureOf(
      failed(422, {
        code: 'VALIDATION_FAILED',
        message: 'Invalid input',
        details: { phone: ['phone must be a phone number'], displayName: 'too long' },
      }),
    );
    expect(failure).toEqual({
      status: 422,
      code: 'VALIDATION_FAILED',
      fields: { phone: ['phone must be a phone number'], displayName: ['too long'] },
      reason: null,
    });
  });

  it('keeps a machine-readable reason apart from the fields', () => {
    const failure = profileFailureOf(
      failed(422, { code: 'WEAK_PASSWORD', message: 'x', details: { reason: 'TOO_COMMON' } }),
    );
    expect(failure.reason).toBe('TOO_COMMON');
    expect(failure.fields).toEqual({});
  });

  it('copes with bodies that are not API errors', () => {
    expect(profileFailureOf(failed(502, '<html>Bad gateway</html>'))).toEqual({
      status: 502,
      code: null,
      fields: {},
      reason: null,
    });
    expect(profileFailureOf(new Error('boom')).status).toBe(-1);
  });
});

describe('weakPasswordReasonOf', () => {
  const weak = (details: unknown) =>
    weakPasswordReasonOf(
      profileFailureOf(failed(422, { code: 'WEAK_PASSWORD', message: 'Weak', details })),
    );

  it.each([
    [{ newPassword: ['newPassword must be at least 12 characters long'] }, 'tooShort'],
    [{ reason: 'TOO_SHORT' }, 'tooShort'],
    [{ newPassword: ['This password is too common'] }, 'tooCommon'],
    [{ reason: 'COMMON_PASSWORD' }, 'tooCommon'],
    [{ newPassword: ['The password must not contain your name or email address'] }, 'personal'],
    [{ reason: 'CONTAINS_PERSONAL_DATA' }, 'personal'],
    [{ newPassword: ['Not good'] }, 'other'],
    [undefined, 'other'],
  ])('%j → %s', (details, reason) => {
    expect(weak(details)).toBe(reason);
  });
});
