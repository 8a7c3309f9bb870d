import type { VolunteerProfileResponse } from '@zusammen/shared/contracts';
import {
  draftOf,
  draftProblems,
  emptyVolunteerProfileDraft,
  fieldsOfFailure,
  requestOf,
} from './volunteer-profile-draft';

const PROFILE: VolunteerProfileResponse = {
  id: 'v1',
  status: 'in_vetting',
  languages: [{ code: 'de', level: 'native' }],
  district: 'gemen',
  maxDistanceKm: 8,
  availability: ['tue-evening'],
  supportAreas: ['school'],
  capacity: 2,
  acceptsFamiliesWithChildren: false,
  genderPreference: 'female',
  gender: 'female',
  about: 'Lehrerin im Ruhestand',
  vettingSteps: [],
  certificate: null,
  openPairings: 0,
  updatedAt: '2026-11-20T10:00:00.000Z',
};

describe('volunteer profile draft', () => {
  it('starts a first profile with German and no district', () => {
    const draft = emptyVolunteerProfileDraft();
    expect(draft.languages).toEqual([{ code: 'de', level: 'native' }]);
    expect(draftProblems(draft)).toEqual(['district']);
  });

  it('round-trips a saved profile into the same request, trimming the text', () => {
    const request = requestOf({ ...draftOf(PROFILE), about: '  Lehrerin im Ruhestand \n' });
    expect(request).toEqual({
      languages: [{ code: 'de', level: 'native' }],
      district: 'gemen',
      maxDistanceKm: 8,
      availability: ['tue-evening'],
      supportAreas: ['school'],
      capacity: 2,
      acceptsFamiliesWithChildren: false,
      genderPreference: 'female',
      gender: 'female',
      about: 'Lehrerin im Ruhestand',
    });
  });

  it('leaves the own gender unstated in a first profile and sends null for it', () => {
    expect(emptyVolunteerProfileDraft().gender).toBeNull();
    expect(requestOf({ ...draftOf(PROFILE), gender: null }).gender).toBeNull();
    expect(requestOf({ ...draftOf(PROFILE), gender: 'diverse' }).gender).toBe('diverse');
  });

  it('finds a doubled or unchosen language, a distance out of range and a too long text', () => {
    const base = draftOf(PROFILE);
    expect(draftProblems(base)).toEqual([]);
    expect(
      draftProblems({
        ...base,
        languages: [
          { code: 'ar', level: 'good' },
          { code: 'ar', level: 'basic' },
        ],
      }),
    ).toEqual(['languages']);
    expect(draftProblems({ ...base, languages: [{ code: '', level: 'good' }] })).toEqual([
      'languages',
    ]);
    expect(draftProblems({ ...base, maxDistanceKm: 31 })).toEqual(['maxDistanceKm']);
    expect(draftProblems({ ...base, maxDistanceKm: 2.5 })).toEqual(['maxDistanceKm']);
    expect(draftProblems({ ...base, maxDistanceKm: null })).toEqual(['maxDistanceKm']);
    expect(draftProblems({ ...base, about: 'x'.repeat(1000) })).toEqual([]);
    expect(draftProblems({ ...base, about: 'x'.repeat(1001) })).toEqual(['about']);
  });

  it('maps nested 422 paths to their form field, in form order, and drops unknown names', () => {
    expect(
      fieldsOfFailure({
        about: ['too long'],
        'languages.1.level': ['invalid'],
        'availability[0]': ['bad slot'],
        gender: ['invalid'],
        somethingElse: ['?'],
      }),
    ).toEqual(['languages', 'availability', 'gender', 'about']);
  });
});
