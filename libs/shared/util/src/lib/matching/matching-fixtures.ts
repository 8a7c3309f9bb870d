import type { MatchFamily, MatchVolunteer } from './matching-input';

/** Spec fixtures (not exported from the library): a pair that passes every filter; tests change one thing. */
export function volunteer(overrides: Partial<MatchVolunteer> = {}): MatchVolunteer {
  return {
    id: 'v1',
    eligible: true,
    freeCapacity: 1,
    languages: [
      { code: 'de', level: 'native' },
      { code: 'ar', level: 'basic' },
    ],
    district: 'innenstadt',
    maxDistanceKm: 5,
    availability: ['tue-evening'],
    supportAreas: ['school'],
    acceptsFamiliesWithChildren: true,
    certificateClearUntil: '2027-01-31',
    genderPreference: 'none',
    gender: 'female',
    excludedFamilyIds: [],
    ...overrides,
  };
}

export function family(overrides: Partial<MatchFamily> = {}): MatchFamily {
  return {
    id: 'f1',
    languages: [{ code: 'ar', level: 'native' }],
    district: 'gemen', // 2.2 km from innenstadt
    availability: ['tue-evening'],
    needs: ['school'],
    hasMinors: true,
    contactGender: 'male',
    volunteerGenderPreference: 'none',
    interpreterAvailable: false,
    urgent: false,
    waitingSince: '2026-10-01',
    hasOpenPairing: false,
    consentGiven: true,
    ...overrides,
  };
}
