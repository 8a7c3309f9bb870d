import { resolveInitialLocale, toSupportedLocale } from './initial-locale';

describe('resolveInitialLocale', () => {
  it('starts in German when nothing is known', () => {
    expect(resolveInitialLocale({ query: null, stored: null, browser: [] })).toBe('de');
  });

  it('takes the first supported browser language, regions ignored', () => {
    expect(
      resolveInitialLocale({ query: null, stored: null, browser: ['tr-TR', 'fa-IR', 'de'] }),
    ).toBe('fa');
  });

  it('falls back to German when no browser language is supported', () => {
    expect(resolveInitialLocale({ query: null, stored: null, browser: ['tr', 'ru-RU'] })).toBe(
      'de',
    );
  });

  it('prefers the stored choice over the browser', () => {
    expect(resolveInitialLocale({ query: null, stored: 'uk', browser: ['en-US'] })).toBe('uk');
  });

  it('prefers a ?lang= link over the stored choice', () => {
    expect(resolveInitialLocale({ query: 'ar', stored: 'uk', browser: ['en'] })).toBe('ar');
  });

  it('ignores unsupported or garbage values and keeps looking', () => {
    expect(resolveInitialLocale({ query: 'xx', stored: '<script>', browser: ['en-GB'] })).toBe(
      'en',
    );
  });
});

describe('toSupportedLocale', () => {
  it.each([
    ['AR', 'ar'],
    ['uk-UA', 'uk'],
    ['fa_IR', 'fa'],
    [' de ', 'de'],
  ])('maps %p to %p', (input, expected) => {
    expect(toSupportedLocale(input)).toBe(expected);
  });

  it.each([null, undefined, '', 'ua', 'english'])('rejects %p', (input) => {
    expect(toSupportedLocale(input)).toBeNull();
  });
});
