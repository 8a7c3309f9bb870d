import { listInLanguage } from './role-names';

describe('listInLanguage', () => {
  it('separates names as the language does', () => {
    expect(listInLanguage(['Patin oder Pate', 'Koordinierungsstelle'], 'de')).toBe(
      'Patin oder Pate, Koordinierungsstelle',
    );
    expect(listInLanguage(['أ', 'ب'], 'ar')).not.toBe('أ, ب');
    expect(listInLanguage([], 'de')).toBe('');
  });

  it('never runs names together with spaces only (English and Farsi)', () => {
    expect(listInLanguage(['Authorities', 'School', 'German'], 'en')).toBe(
      'Authorities, School, German',
    );
    expect(listInLanguage(['الف', 'ب'], 'fa')).toContain('،');
  });
});
