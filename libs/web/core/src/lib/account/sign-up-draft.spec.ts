import { HttpErrorResponse } from '@angular/common/http';
import { PASSWORD_MIN_LENGTH } from '@zusammen/shared/contracts';
import { profileFailureOf } from '../profile/profile-error';
import type { SignUpDraft } from './sign-up-draft';
import {
  firstProblemField,
  looksLikeEmail,
  signUpProblemsOf,
  signUpProblemsOfFailure,
  signUpRequestOf,
} from './sign-up-draft';

const COMPLETE: SignUpDraft = {
  displayName: '  Layla Haddad ',
  email: ' layla@example.org ',
  password: 'Kanal und Fahrrad 2026',
  locale: 'ar',
  roles: ['resident', 'volunteer'],
  acceptPrivacyNotice: true,
};

describe('signUpProblemsOf', () => {
  it('finds nothing in a complete draft', () => {
    expect(signUpProblemsOf(COMPLETE)).toEqual({});
  });

  it('names every missing entry', () => {
    expect(
      signUpProblemsOf({
        displayName: ' ',
        email: '',
        password: '',
        locale: 'de',
        roles: [],
        acceptPrivacyNotice: false,
      }),
    ).toEqual({
      displayName: 'missing',
      email: 'missing',
      password: 'missing',
      roles: 'missing',
      acceptPrivacyNotice: 'missing',
    });
  });

  it('catches a mistyped address, a long name and a short password', () => {
    expect(
      signUpProblemsOf({
        ...COMPLETE,
        displayName: 'x'.repeat(101),
        email: 'layla.example.org',
        password: 'a'.repeat(PASSWORD_MIN_LENGTH - 1),
      }),
    ).toEqual({ displayName: 'invalid', email: 'invalid', password: 'tooShort' });
  });

  it('counts characters, not UTF-16 units, like the server', () => {
    // 11 emoji are 22 UTF-16 units but only 11 characters.
    expect(signUpProblemsOf({ ...COMPLETE, password: '🚲'.repeat(11) }).password).toBe('tooShort');
  });
});

describe('looksLikeEmail', () => {
  it.each([
    ['a@b.de', true],
    [' layla@example.org ', true],
    ['layla@example', false],
    ['layla example@x.de', false],
    ['@x.de', false],
  ])('%p → %p', (value, expected) => {
    expect(looksLikeEmail(value)).toBe(expected);
  });
});

describe('signUpRequestOf', () => {
  it('trims name and address and orders the roles', () => {
    expect(signUpRequestOf(COMPLETE)).toEqual({
      displayName: 'Layla Haddad',
      email: 'layla@example.org',
      password: 'Kanal und Fahrrad 2026',
      locale: 'ar',
      roles: ['volunteer', 'resident'],
      acceptPrivacyNotice: true,
    });
  });
});

describe('signUpProblemsOfFailure', () => {
  const failed = (body: unknown) =>
    profileFailureOf(new HttpErrorResponse({ status: 422, error: body }));

  it('puts field errors at their fields and ignores unknown ones', () => {
    const problems = signUpProblemsOfFailure(
      failed({
        code: 'VALIDATION_FAILED',
        message: '',
        details: { email: ['email must be an email'], roles: ['bad'], nickname: ['?'] },
      }),
    );
    expect(problems).toEqual({ email: 'invalid', roles: 'invalid' });
    expect(firstProblemField(problems)).toBe('email');
  });

  it('explains a weak password', () => {
    expect(
      signUpProblemsOfFailure(
        failed({ code: 'WEAK_PASSWORD', message: '', details: { password: ['COMMON'] } }),
      ),
    ).toEqual({ password: 'tooCommon' });
  });

  it('has no first field when there are no problems', () => {
    expect(firstProblemField({})).toBeNull();
  });
});
