import { containsPattern } from './like-pattern';

describe('containsPattern', () => {
  it('wraps plain text in % for a substring match', () => {
    expect(containsPattern('haddad')).toBe('%haddad%');
  });

  it('escapes the LIKE wildcards % and _', () => {
    expect(containsPattern('100%')).toBe('%100\\%%');
    expect(containsPattern('a_b')).toBe('%a\\_b%');
  });

  it('escapes the backslash first, so an escaped wildcard cannot be smuggled in', () => {
    expect(containsPattern('\\%')).toBe('%\\\\\\%%');
    expect(containsPattern('C:\\temp')).toBe('%C:\\\\temp%');
  });

  it('leaves other characters, including non-Latin scripts, untouched', () => {
    expect(containsPattern('Ольга [x]*')).toBe('%Ольга [x]*%');
  });
});
