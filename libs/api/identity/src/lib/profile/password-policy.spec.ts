import { PASSWORD_MIN_LENGTH } from '@zusammen/shared/contracts';
import { COMMON_PASSWORDS } from './common-passwords';
import { findPasswordWeakness, PASSWORD_MAX_LENGTH } from './password-policy';

const owner = { email: 'amira.haddad@example.org', displayName: 'Amira Haddad' };

describe('findPasswordWeakness', () => {
  it('accepts a long, unlisted password without personal data', () => {
    expect(findPasswordWeakness('Fahrrad-Werkstatt am Markt 7', owner)).toBeNull();
    expect(findPasswordWeakness('correct horse battery', owner)).toBeNull();
  });

  it('refuses passwords shorter than PASSWORD_MIN_LENGTH, counting code points', () => {
    expect(findPasswordWeakness('Kq7#vL2@pZ9', owner)).toBe('TOO_SHORT');
    expect(findPasswordWeakness('Kq7#vL2@pZ9!', owner)).toBeNull();
    // 11 emoji are 22 UTF-16 units but 11 characters
    expect(findPasswordWeakness('🚲'.repeat(PASSWORD_MIN_LENGTH - 1), owner)).toBe('TOO_SHORT');
  });

  it('refuses passwords longer than PASSWORD_MAX_LENGTH', () => {
    const long = 'Borken Fahrrad Werkstatt '.repeat(10).slice(0, PASSWORD_MAX_LENGTH + 1);
    expect(findPasswordWeakness(long, owner)).toBe('TOO_LONG');
    expect(findPasswordWeakness(long.slice(0, PASSWORD_MAX_LENGTH), owner)).toBeNull();
  });

  it('refuses listed passwords in any case', () => {
    expect(findPasswordWeakness('password1234', owner)).toBe('COMMON');
    expect(findPasswordWeakness('1qaz2wsx3edc', owner)).toBe('COMMON');
    expect(findPasswordWeakness('QwErTy123456', owner)).toBe('COMMON');
  });

  it('refuses a listed word with digits and symbols around it', () => {
    expect(findPasswordWeakness('Password2026!', owner)).toBe('COMMON');
    expect(findPasswordWeakness('!!Sonnenschein1', owner)).toBe('COMMON');
  });

  it('refuses passwords of very few distinct characters', () => {
    expect(findPasswordWeakness('aaaaaaaaaaaaaaa', owner)).toBe('COMMON');
    expect(findPasswordWeakness('121212121212', owner)).toBe('COMMON');
  });

  it('refuses passwords containing the email address or a part of the name', () => {
    expect(findPasswordWeakness('amira.haddad@example.org', owner)).toBe('CONTAINS_PERSONAL_DATA');
    expect(findPasswordWeakness('xX-HADDAD-rocks-2026', owner)).toBe('CONTAINS_PERSONAL_DATA');
    expect(findPasswordWeakness('ich bin AmiraH aus Borken', owner)).toBe('CONTAINS_PERSONAL_DATA');
  });

  it('ignores short name parts and a missing email', () => {
    expect(
      findPasswordWeakness('reality check 2026', { email: null, displayName: 'Ali Can' }),
    ).toBeNull();
  });

  it('ships about a thousand lower-case entries', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(1000);
    for (const entry of COMMON_PASSWORDS) expect(entry).toBe(entry.toLowerCase());
  });
});
