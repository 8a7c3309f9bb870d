import { parseIdentityEnv } from './identity-config';

describe('parseIdentityEnv', () => {
  it('defaults to 60 idle minutes, 12 absolute hours and non-secure cookies on http', () => {
    expect(parseIdentityEnv({})).toEqual({
      sessionIdleMinutes: 60,
      sessionAbsoluteHours: 12,
      secureCookies: false,
    });
    expect(parseIdentityEnv({ PUBLIC_URL: 'http://localhost:3000' }).secureCookies).toBe(false);
  });

  it('marks cookies Secure when PUBLIC_URL is https', () => {
    expect(parseIdentityEnv({ PUBLIC_URL: 'https://zusammen.borken.de' }).secureCookies).toBe(true);
  });

  it('reads the session lifetimes and rejects invalid ones together', () => {
    expect(
      parseIdentityEnv({ SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '8' }),
    ).toMatchObject({ sessionIdleMinutes: 30, sessionAbsoluteHours: 8 });
    expect(() =>
      parseIdentityEnv({ SESSION_IDLE_MINUTES: '0', SESSION_ABSOLUTE_HOURS: 'x' }),
    ).toThrow(/SESSION_IDLE_MINUTES[\s\S]*SESSION_ABSOLUTE_HOURS/);
    expect(() =>
      parseIdentityEnv({ SESSION_IDLE_MINUTES: '600', SESSION_ABSOLUTE_HOURS: '2' }),
    ).toThrow(/must not exceed/);
  });
});
