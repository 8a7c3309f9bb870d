import { listInLanguage } from './role-names';

describe('listInLanguage', () => {
  it('separates names as the language does', () => {
    expect(listInLanguage(['Patin oder Pate', 'Koordinierungsstelle'], 'de')).toBe(
      'Patin oder Pate, Koordinierungsstelle',
    );
    expect(listInLanguage(['أ', 'ب'], 'ar')).not.toBe('أ, ب');
    expect(listInLanguage([], 'de')).toBe('');
  });
});
