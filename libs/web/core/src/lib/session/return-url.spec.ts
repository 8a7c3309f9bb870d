import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/konto', '/konto'],
    ['/kontakt?lang=ar#impressum', '/kontakt?lang=ar#impressum'],
    ['/raeume/gruppenraum-1', '/raeume/gruppenraum-1'],
    ['/a/../konto', '/konto'],
  ])('accepts the same-origin path %p', (value, expected) => {
    expect(safeReturnUrl(value)).toBe(expected);
  });

  it.each([
    ['an absolute URL', 'https://evil.example/konto'],
    ['a protocol-relative URL', '//evil.example/konto'],
    ['a backslash trick', '/\\evil.example'],
    ['a tab between the slashes', '/\t/evil.example'],
    ['a newline', '/konto\n'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path without slash', 'konto'],
    ['an empty value', ''],
    ['the sign-in page itself', '/anmelden?zurueck=/konto'],
    ['a page below the sign-in page', '/anmelden/x'],
  ])('refuses %s', (_name, value) => {
    expect(safeReturnUrl(value)).toBeNull();
  });

  it.each([null, undefined, 42, ['/konto']])('refuses the non-string %p', (value) => {
    expect(safeReturnUrl(value)).toBeNull();
  });
});
