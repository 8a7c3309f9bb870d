import { clampScore, feasibleCounts, roundToTenth } from './match-run-summary';
import type { MatchFamily, MatchVolunteer } from '@zusammen/shared/util';

const TODAY = '2026-11-26';

function volunteer(id: string, overrides: Partial<MatchVolunteer> = {}): MatchVolunteer {
  return {
    id,
    eligible: true,
    freeCapacity: 1,
    languages: [{ code: 'ar', level: 'native' }],
    district: 'gemen',
    maxDistanceKm: 5,
    availability: ['mon-evening'],
    supportAreas: ['school'],
    acceptsFamiliesWithChildren: true,
    certificateClearUntil: '2030-01-01',
    genderPreference: 'none',
    gender: null,
    excludedFamilyIds: [],
    ...overrides,
  };
}

function family(id: string, overrides: Partial<MatchFamily> = {}): MatchFamily {
  return {
    id,
    languages: [{ code: 'ar', level: 'native' }],
    district: 'gemen',
    availability: ['mon-evening'],
    needs: ['school'],
    hasMinors: false,
    contactGender: null,
    volunteerGenderPreference: 'none',
    interpreterAvailable: false,
    urgent: false,
    waitingSince: '2026-10-01',
    hasOpenPairing: false,
    consentGiven: true,
    ...overrides,
  };
}

describe('feasibleCounts', () => {
  it('counts, per family, the volunteers that pass every hard filter', () => {
    const volunteers = [
      volunteer('v1'),
      volunteer('v2', { eligible: false }),
      volunteer('v3', { excludedFamilyIds: ['f1'] }),
      volunteer('v4', { languages: [{ code: 'uk', level: 'native' }] }),
    ];
    const families = [
      family('f1'),
      family('f2'),
      family('f3', { languages: [{ code: 'uk', level: 'good' }] }),
    ];
    expect(feasibleCounts(families, volunteers, TODAY)).toEqual([1, 2, 1]);
  });

  it('is 0 for a household with minors when no certificate is clear today', () => {
    const volunteers = [
      volunteer('v1', { certificateClearUntil: null }),
      volunteer('v2', { certificateClearUntil: '2026-11-25' }),
    ];
    expect(feasibleCounts([family('f1', { hasMinors: true })], volunteers, TODAY)).toEqual([0]);
  });

  it('is empty for no families', () => {
    expect(feasibleCounts([], [volunteer('v1')], TODAY)).toEqual([]);
  });
});

describe('roundToTenth and clampScore', () => {
  it('rounds distances to one decimal', () => {
    expect(roundToTenth(2.249)).toBe(2.2);
    expect(roundToTenth(2.25)).toBe(2.3);
    expect(roundToTenth(0)).toBe(0);
  });

  it('keeps scores inside [0, 1]', () => {
    expect(clampScore(1.0000000000000002)).toBe(1);
    expect(clampScore(-1e-17)).toBe(0);
    expect(clampScore(0.42)).toBe(0.42);
  });
});
