import {
  explainExclusions,
  firstFailingFilter,
  HARD_FILTER_CODES,
  HARD_FILTERS,
  type HardFilterCode,
} from './hard-filters';
import { family, volunteer } from './matching-fixtures';
import type { MatchFamily, MatchVolunteer } from './matching-input';
import { randomMatchingInstance } from './random-matching-instance';

const TODAY = '2026-11-26';

describe('hard filters H1–H7', () => {
  it('are checked in the documented order', () => {
    expect(HARD_FILTERS.map((f) => f.code)).toEqual(HARD_FILTER_CODES);
  });

  it('let the base pair through', () => {
    expect(firstFailingFilter(volunteer(), family(), TODAY)).toBeNull();
  });

  it.each<[string, Partial<MatchVolunteer>, Partial<MatchFamily>, HardFilterCode | null]>([
    ['H1 not eligible (paused, in vetting)', { eligible: false }, {}, 'H1_ELIGIBLE'],
    ['H1 no free capacity', { freeCapacity: 0 }, {}, 'H1_ELIGIBLE'],
    ['H2 minors, no certificate', { certificateClearUntil: null }, {}, 'H2_CERTIFICATE'],
    [
      'H2 minors, certificate ran out yesterday',
      { certificateClearUntil: '2026-11-25' },
      {},
      'H2_CERTIFICATE',
    ],
    ['H2 minors, certificate clear until today', { certificateClearUntil: '2026-11-26' }, {}, null],
    ['H2 no minors, no certificate', { certificateClearUntil: null }, { hasMinors: false }, null],
    ['H3 no shared language', { languages: [{ code: 'de', level: 'native' }] }, {}, 'H3_LANGUAGE'],
    [
      'H3 no shared language, interpreter',
      { languages: [{ code: 'de', level: 'native' }] },
      { interpreterAvailable: true },
      null,
    ],
    ['H4 family beyond the limit', { maxDistanceKm: 2 }, {}, 'H4_DISTANCE'],
    ['H4 family within the limit', { maxDistanceKm: 2.3 }, {}, null],
    [
      'H5 volunteer wants a female contact, contact is male',
      { genderPreference: 'female' },
      {},
      'H5_GENDER',
    ],
    ['H5 volunteer wants a male contact, contact is male', { genderPreference: 'male' }, {}, null],
    [
      'H5 family wants a male volunteer, volunteer is female',
      {},
      { volunteerGenderPreference: 'male' },
      'H5_GENDER',
    ],
    [
      'H5 family wants a female volunteer, gender unknown',
      { gender: null },
      { volunteerGenderPreference: 'female' },
      'H5_GENDER',
    ],
    [
      'H5 family wants a female volunteer, volunteer is diverse',
      { gender: 'diverse' },
      { volunteerGenderPreference: 'female' },
      'H5_GENDER',
    ],
    ['H5 no preference, gender unknown', { gender: undefined }, { contactGender: null }, null],
    [
      'H6 pair dissolved or declined before',
      { excludedFamilyIds: ['f0', 'f1'] },
      {},
      'H6_EXCLUSION',
    ],
    ['H6 exclusion of another family', { excludedFamilyIds: ['f2'] }, {}, null],
    ['H7 family already in a pairing', {}, { hasOpenPairing: true }, 'H7_FAMILY_OPEN'],
    ['H7 family without consent', {}, { consentGiven: false }, 'H7_FAMILY_OPEN'],
    [
      'first failing counts: H1 before H7',
      { eligible: false },
      { consentGiven: false },
      'H1_ELIGIBLE',
    ],
  ])('%s', (_name, v, f, expected) => {
    expect(firstFailingFilter(volunteer(v), family(f), TODAY)).toBe(expected);
  });
});

describe('explainExclusions', () => {
  it('counts each excluded volunteer once, under its first failing filter', () => {
    const volunteers = [
      volunteer({ id: 'ok' }),
      volunteer({ id: 'a', eligible: false, certificateClearUntil: null }),
      volunteer({ id: 'b', certificateClearUntil: null }),
      volunteer({ id: 'c', maxDistanceKm: 1 }),
      volunteer({ id: 'd', maxDistanceKm: 1, excludedFamilyIds: ['f1'] }),
    ];
    expect(explainExclusions(family(), volunteers, TODAY)).toEqual({
      H1_ELIGIBLE: 1,
      H2_CERTIFICATE: 1,
      H3_LANGUAGE: 0,
      H4_DISTANCE: 2,
      H5_GENDER: 0,
      H6_EXCLUSION: 0,
      H7_FAMILY_OPEN: 0,
    });
  });

  it('sums to the number of infeasible volunteers on random data', () => {
    const { families, volunteers, today } = randomMatchingInstance(11, {
      families: 20,
      volunteers: 300,
    });
    for (const f of families) {
      const counts = explainExclusions(f, volunteers, today);
      const excluded = volunteers.filter((v) => firstFailingFilter(v, f, today) !== null).length;
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(excluded);
    }
  });
});
