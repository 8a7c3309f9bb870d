import { HttpErrorResponse } from '@angular/common/http';
import { profileFailureOf } from '../profile/profile-error';
import { linkTokenProblemOf, passwordReasonAt, requestProblemOf } from './account-failure';

const failed = (status: number, body: unknown) =>
  profileFailureOf(new HttpErrorResponse({ status, error: body }));

describe('requestProblemOf', () => {
  it('names a lost connection, rate limiting and anything else', () => {
    expect(requestProblemOf(failed(0, null))).toBe('network');
    expect(requestProblemOf(failed(429, { code: 'TOO_MANY_REQUESTS', message: '' }))).toBe(
      'tooManyRequests',
    );
    expect(requestProblemOf(failed(429, '<html>'))).toBe('tooManyRequests');
    expect(requestProblemOf(failed(500, { code: 'INTERNAL_ERROR', message: '' }))).toBe(
      'unexpected',
    );
  });
});

describe('linkTokenProblemOf', () => {
  it('tells an expired from an unknown or used link', () => {
    expect(linkTokenProblemOf(failed(400, { code: 'TOKEN_EXPIRED', message: '' }))).toBe('expired');
    expect(linkTokenProblemOf(failed(400, { code: 'TOKEN_INVALID', message: '' }))).toBe('invalid');
  });

  it('leaves other failures to the caller', () => {
    expect(linkTokenProblemOf(failed(0, null))).toBeNull();
    expect(linkTokenProblemOf(failed(422, { code: 'VALIDATION_FAILED', message: '' }))).toBeNull();
  });
});

describe('passwordReasonAt', () => {
  it('reads the weakness at the named field', () => {
    const failure = failed(422, {
      code: 'WEAK_PASSWORD',
      message: '',
      details: { password: ['COMMON'] },
    });
    expect(passwordReasonAt(failure, 'password')).toBe('tooCommon');
  });

  it('treats a WEAK_PASSWORD answer as about the password whatever the field is called', () => {
    const failure = failed(422, {
      code: 'WEAK_PASSWORD',
      message: '',
      details: { newPassword: ['CONTAINS_PERSONAL_DATA'] },
    });
    expect(passwordReasonAt(failure, 'password')).toBe('personal');
  });

  it('reads validation messages at the field', () => {
    const failure = failed(422, {
      code: 'VALIDATION_FAILED',
      message: '',
      details: { newPassword: ['newPassword must be at least 12 characters long'] },
    });
    expect(passwordReasonAt(failure, 'newPassword')).toBe('tooShort');
  });

  it('is null when the failure concerns other fields', () => {
    const failure = failed(422, {
      code: 'VALIDATION_FAILED',
      message: '',
      details: { email: ['email must be an email'] },
    });
    expect(passwordReasonAt(failure, 'password')).toBeNull();
  });
});
