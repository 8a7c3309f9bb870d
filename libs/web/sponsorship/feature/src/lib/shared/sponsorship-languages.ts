/**
 * Languages offered in the sponsorship forms (ISO 639-1/-3 codes), in the order coordinators in Borken meet
 * them most. Each has a name in `sponsorshipVocabulary.languages.<code>`; a stored code outside this list is
 * still shown (by its code) so that editing a profile never silently drops a language.
 */
export const SPONSORSHIP_LANGUAGE_CODES = [
  'de',
  'ar',
  'uk',
  'fa',
  'prs',
  'ps',
  'ku',
  'tr',
  'ru',
  'ti',
  'so',
  'en',
  'fr',
] as const;
export type SponsorshipLanguageCode = (typeof SPONSORSHIP_LANGUAGE_CODES)[number];

export function isKnownLanguageCode(code: string): code is SponsorshipLanguageCode {
  return (SPONSORSHIP_LANGUAGE_CODES as readonly string[]).includes(code);
}
