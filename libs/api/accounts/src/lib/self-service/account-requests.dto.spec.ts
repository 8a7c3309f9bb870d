import type { ArgumentMetadata, Type } from '@nestjs/common';
import { createValidationPipe, ValidationFailedException } from '@zusammen/api/core';
import type { SignUpRequest } from '@zusammen/shared/contracts';
import { ConfirmPasswordResetDto, EmailDto, SignUpDto, TokenDto } from './account-requests.dto';

const pipe = createValidationPipe();

/** The global pipe's verdict: the transformed body, or the field names of the 422. */
async function check(metatype: Type<unknown>, body: unknown): Promise<unknown> {
  const metadata: ArgumentMetadata = { type: 'body', metatype };
  try {
    return await pipe.transform(body, metadata);
  } catch (error) {
    if (error instanceof ValidationFailedException) return Object.keys(error.fieldErrors).sort();
    throw error;
  }
}

const valid: SignUpRequest = {
  email: 'amira.haddad@example.org',
  displayName: 'Amira Haddad',
  password: 'Radtour an der Aa 2026',
  locale: 'fa',
  roles: ['volunteer', 'resident'],
  acceptPrivacyNotice: true,
};

describe('SignUpDto', () => {
  it('accepts a complete sign-up and trims the address and the name', async () => {
    expect(
      await check(SignUpDto, {
        ...valid,
        email: ' amira.haddad@example.org ',
        displayName: ' Amira ',
      }),
    ).toMatchObject({ email: 'amira.haddad@example.org', displayName: 'Amira' });
  });

  it('refuses roles outside the self sign-up roles, none, or the same twice', async () => {
    for (const roles of [
      ['staff'],
      ['admin', 'volunteer'],
      ['workshop'],
      [],
      ['resident', 'resident'],
      'resident',
    ])
      expect(await check(SignUpDto, { ...valid, roles })).toEqual(['roles']);
  });

  it('needs the privacy notice accepted, as a real true', async () => {
    for (const acceptPrivacyNotice of [false, 'true', 1, undefined])
      expect(await check(SignUpDto, { ...valid, acceptPrivacyNotice })).toEqual([
        'acceptPrivacyNotice',
      ]);
  });

  it('refuses an unsupported locale, a blank or too long name, an unknown field', async () => {
    expect(
      await check(SignUpDto, { ...valid, locale: 'tr', displayName: ' ', createdById: 'x' }),
    ).toEqual(['createdById', 'displayName', 'locale']);
    expect(await check(SignUpDto, { ...valid, displayName: 'x'.repeat(101) })).toEqual([
      'displayName',
    ]);
  });

  it('bounds the password input (the strength is the service’s check)', async () => {
    expect(await check(SignUpDto, { ...valid, password: 'x'.repeat(1025) })).toEqual(['password']);
    expect(await check(SignUpDto, { ...valid, password: 'short' })).toMatchObject({
      password: 'short',
    });
  });
});

describe('EmailDto, TokenDto, ConfirmPasswordResetDto', () => {
  it('needs a plausible address', async () => {
    expect(await check(EmailDto, { email: 'a@b' })).toEqual(['email']);
    expect(await check(EmailDto, { email: ' lena.vogel@example.org ' })).toEqual({
      email: 'lena.vogel@example.org',
    });
  });

  it('needs a token string of sane length', async () => {
    expect(await check(TokenDto, { token: '' })).toEqual(['token']);
    expect(await check(TokenDto, { token: 'x'.repeat(257) })).toEqual(['token']);
    expect(await check(TokenDto, { token: 12 })).toEqual(['token']);
  });

  it('needs the token and the new password', async () => {
    expect(await check(ConfirmPasswordResetDto, { token: 'abc' })).toEqual(['newPassword']);
    expect(await check(ConfirmPasswordResetDto, {})).toEqual(['newPassword', 'token']);
  });
});
