import { feedTokenHash, newFeedToken, tokenFromPathSegment } from './feed-token';

describe('feed tokens', () => {
  it('are 43 base64url characters with a SHA-256 hex hash', () => {
    const { token, tokenHash } = newFeedToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(feedTokenHash(token));
    expect(newFeedToken().token).not.toBe(token);
  });

  it('hashes like sha256sum', () => {
    expect(feedTokenHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('reads the token from a path segment with or without .ics', () => {
    const { token } = newFeedToken();
    expect(tokenFromPathSegment(token)).toBe(token);
    expect(tokenFromPathSegment(`${token}.ics`)).toBe(token);
    expect(tokenFromPathSegment(`${token}.ical`)).toBeNull();
    expect(tokenFromPathSegment('7d7c3a0e-0000-4000-8000-000000000000')).toBeNull();
    expect(tokenFromPathSegment(`${token.slice(1)}=`)).toBeNull();
    expect(tokenFromPathSegment('')).toBeNull();
  });
});
