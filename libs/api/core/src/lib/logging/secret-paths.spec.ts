import { redactSecretPath } from './secret-paths';

describe('redactSecretPath', () => {
  it('hides the token of a calendar subscription, with or without .ics and query', () => {
    expect(redactSecretPath('/api/calendar/feeds/abc_DEF-123.ics')).toBe(
      '/api/calendar/feeds/[redacted]',
    );
    expect(redactSecretPath('/api/calendar/feeds/abc?x=1')).toBe(
      '/api/calendar/feeds/[redacted]?x=1',
    );
  });

  it('leaves the list of feeds and other paths alone', () => {
    expect(redactSecretPath('/api/calendar/feeds')).toBe('/api/calendar/feeds');
    expect(redactSecretPath('/api/calendar/feeds/')).toBe('/api/calendar/feeds/');
    expect(redactSecretPath('/api/calendar/public.ics?lang=ar')).toBe(
      '/api/calendar/public.ics?lang=ar',
    );
    expect(redactSecretPath(undefined)).toBeUndefined();
  });
});
