import { parseCookieHeader, serializeCookie } from './cookies';

describe('parseCookieHeader', () => {
  it('reads name=value pairs separated by semicolons', () => {
    expect(parseCookieHeader('zl_session=abc; zl_csrf=def;theme=dark')).toEqual({
      zl_session: 'abc',
      zl_csrf: 'def',
      theme: 'dark',
    });
  });

  it('returns nothing for a missing or empty header', () => {
    expect(parseCookieHeader(undefined)).toEqual({});
    expect(parseCookieHeader('')).toEqual({});
  });

  it('keeps the first of duplicate names, skips malformed pairs, unquotes and decodes', () => {
    expect(parseCookieHeader('a=1; a=2; junk; =x; b="q%20r"; c=%E0%A4%A')).toEqual({
      a: '1',
      b: 'q r',
      c: '%E0%A4%A',
    });
  });

  it('keeps "=" inside a value', () => {
    expect(parseCookieHeader('t=YWJj==; u=1')).toEqual({ t: 'YWJj==', u: '1' });
  });
});

describe('serializeCookie', () => {
  it('writes the session cookie attributes', () => {
    expect(
      serializeCookie('zl_session', 'tok', {
        httpOnly: true,
        secure: true,
        sameSite: 'Lax',
        maxAge: 3600.7,
      }),
    ).toBe('zl_session=tok; Max-Age=3600; Path=/; HttpOnly; Secure; SameSite=Lax');
  });

  it('deletes with Max-Age=0 and encodes values', () => {
    expect(serializeCookie('zl_csrf', 'a b;c', { maxAge: -5, sameSite: 'Lax' })).toBe(
      'zl_csrf=a%20b%3Bc; Max-Age=0; Path=/; SameSite=Lax',
    );
  });

  it('refuses names that are not tokens', () => {
    expect(() => serializeCookie('bad name', 'x')).toThrow(/Invalid cookie name/);
  });

  it('round-trips through the parser', () => {
    const header = serializeCookie('v', 'ä=ö; x').split(';')[0];
    expect(parseCookieHeader(header)).toEqual({ v: 'ä=ö; x' });
  });
});
