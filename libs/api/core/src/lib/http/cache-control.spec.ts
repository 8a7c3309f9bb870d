import {
  cacheControlFor,
  IMMUTABLE_CACHE,
  REVALIDATE_CACHE,
  shouldServeSpaFallback,
} from './cache-control';

describe('cacheControlFor', () => {
  it.each([
    'main-2YXNN5PL.js',
    'chunk-5QIVE5E2.js',
    'styles-ABCDEFGH.css',
    '/srv/web/media/roboto-ABCD1234.woff2',
  ])('caches the hashed asset %s for a year', (file) =>
    expect(cacheControlFor(file)).toBe(IMMUTABLE_CACHE),
  );

  it.each(['index.html', 'favicon.svg', 'i18n/de.json', 'main.js', 'chunk-abc.js'])(
    'revalidates %s on every use',
    (file) => expect(cacheControlFor(file)).toBe(REVALIDATE_CACHE),
  );
});

describe('shouldServeSpaFallback', () => {
  const HTML = 'text/html,application/xhtml+xml,*/*;q=0.8';

  it('serves index.html for a browser navigation to a client route', () => {
    expect(shouldServeSpaFallback('GET', '/booking/rooms?view=week', HTML)).toBe(true);
    expect(shouldServeSpaFallback('HEAD', '/de/start', HTML)).toBe(true);
  });

  it('never falls back under /api', () => {
    expect(shouldServeSpaFallback('GET', '/api/unknown', HTML)).toBe(false);
    expect(shouldServeSpaFallback('GET', '/api', HTML)).toBe(false);
  });

  it('does not fall back for missing files, non-HTML clients or other methods', () => {
    expect(shouldServeSpaFallback('GET', '/missing-ABCDEFGH.js', HTML)).toBe(false);
    expect(shouldServeSpaFallback('GET', '/booking', 'application/json')).toBe(false);
    expect(shouldServeSpaFallback('GET', '/booking', undefined)).toBe(false);
    expect(shouldServeSpaFallback('POST', '/booking', HTML)).toBe(false);
  });

  it('does fall back for /apiary (only the /api segment is reserved)', () => {
    expect(shouldServeSpaFallback('GET', '/apiary', HTML)).toBe(true);
  });
});
