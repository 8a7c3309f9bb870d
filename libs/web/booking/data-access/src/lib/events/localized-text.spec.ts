import { chooseText } from './localized-text';

describe('chooseText', () => {
  const title = { de: 'Sprachcafé', ar: 'مقهى اللغة', en: '   ' };

  it('gives the reader the text in their language, marked with it', () => {
    expect(chooseText(title, 'ar')).toEqual({
      text: 'مقهى اللغة',
      lang: 'ar',
      fallback: false,
      dir: 'rtl',
    });
  });

  it('falls back to German, marked lang="de" and left-to-right, when the language is missing', () => {
    expect(chooseText(title, 'uk')).toEqual({
      text: 'Sprachcafé',
      lang: 'de',
      fallback: true,
      dir: 'ltr',
    });
  });

  it('treats a blank translation as missing', () => {
    expect(chooseText(title, 'en')).toMatchObject({
      text: 'Sprachcafé',
      lang: 'de',
      fallback: true,
    });
  });

  it('is no fallback for German readers', () => {
    expect(chooseText(title, 'de')).toMatchObject({ lang: 'de', fallback: false });
  });

  it('reads Persian right to left', () => {
    expect(chooseText({ de: 'Nähcafé', fa: 'کافه خیاطی' }, 'fa').dir).toBe('rtl');
  });
});
