import { firstFailingFilter } from '@zusammen/shared/util';
import type { MemberRow } from '../family/family-rows';
import { isMatchable } from '../family/family-rules';
import {
  certificateClearUntil,
  contactGender,
  toMatchFamily,
  toMatchVolunteer,
  type MatchFamilyRow,
  type MatchVolunteerRow,
} from './match-input-mapping';

const volunteerRow = (overrides: Partial<MatchVolunteerRow> = {}): MatchVolunteerRow => ({
  id: 'v-1',
  status: 'approved',
  capacity: 2,
  languages: [{ code: 'ar', level: 'fluent' }],
  district: 'gemen',
  max_distance_km: 5,
  availability: ['sat-morning'],
  support_areas: ['school'],
  accepts_families_with_children: true,
  gender_preference: 'none',
  gender: null,
  display_name: 'Hanna Berger',
  certificate_relevant_entry: false,
  certificate_renewal_due_on: '2031-03-01',
  open_pairings: 0,
  excluded_family_ids: [],
  ...overrides,
});

const familyRow = (overrides: Partial<MatchFamilyRow> = {}): MatchFamilyRow => ({
  id: 'f-1',
  contact_name: 'Amira',
  status: 'waiting',
  district: 'gemen',
  languages: [{ code: 'ar', level: 'native' }],
  needs: ['school'],
  availability: ['sat-morning'],
  volunteer_gender_preference: 'none',
  interpreter_available: false,
  urgent: true,
  waiting_since: new Date('2026-09-01T10:00:00Z'),
  consent_given: true,
  has_open_pairing: false,
  ...overrides,
});

const member = (alias: string, age_band: MemberRow['age_band'], gender: MemberRow['gender']) => ({
  alias,
  age_band,
  gender,
});

describe('toMatchVolunteer', () => {
  it('maps an approved profile without pairings: full capacity free, no gender, no exclusions', () => {
    expect(toMatchVolunteer(volunteerRow())).toEqual({
      id: 'v-1',
      eligible: true,
      freeCapacity: 2,
      languages: [{ code: 'ar', level: 'fluent' }],
      district: 'gemen',
      maxDistanceKm: 5,
      availability: ['sat-morning'],
      supportAreas: ['school'],
      acceptsFamiliesWithChildren: true,
      certificateClearUntil: '2031-02-28',
      genderPreference: 'none',
      gender: null,
      excludedFamilyIds: [],
    });
  });

  it('counts open pairings against the capacity and carries the pair exclusions', () => {
    const volunteer = toMatchVolunteer(
      volunteerRow({ capacity: 2, open_pairings: 1, excluded_family_ids: ['f-9'] }),
    );
    expect(volunteer.freeCapacity).toBe(1);
    expect(volunteer.excludedFamilyIds).toEqual(['f-9']);
  });

  it('never reports negative free capacity (capacity lowered below the open pairings)', () => {
    expect(toMatchVolunteer(volunteerRow({ capacity: 1, open_pairings: 2 })).freeCapacity).toBe(0);
  });

  it('carries the self-declared gender, so a family preferring it passes H5', () => {
    const family = toMatchFamily(familyRow({ volunteer_gender_preference: 'female' }), []);
    const female = toMatchVolunteer(volunteerRow({ gender: 'female' }));
    expect(female.gender).toBe('female');
    expect(firstFailingFilter(female, family, '2026-11-26')).toBeNull();
    for (const gender of ['male', 'diverse', null] as const)
      expect(
        firstFailingFilter(toMatchVolunteer(volunteerRow({ gender })), family, '2026-11-26'),
      ).toBe('H5_GENDER');
  });

  it.each(['registered', 'in_vetting', 'paused', 'rejected', 'withdrawn', 'inactive'] as const)(
    'is not eligible in status %s',
    (status) => {
      expect(toMatchVolunteer(volunteerRow({ status })).eligible).toBe(false);
    },
  );
});

describe('certificateClearUntil', () => {
  it('is the day before renewal is due (ineligible for minors from the due date)', () => {
    expect(certificateClearUntil(false, '2027-01-01')).toBe('2026-12-31');
    expect(certificateClearUntil(false, '2028-03-01')).toBe('2028-02-29');
  });

  it('is null with a relevant entry or without a certificate', () => {
    expect(certificateClearUntil(true, '2031-01-01')).toBeNull();
    expect(certificateClearUntil(null, null)).toBeNull();
  });
});

describe('contactGender', () => {
  const members = [member('Amira', '27-64', 'female'), member('Sami', '6-11', 'male')];

  it('is the gender of the one member named like the contact person', () => {
    expect(contactGender(' amira ', members)).toBe('female');
  });

  it('is unknown when no member, several members or a member without gender match', () => {
    expect(contactGender('Omar', members)).toBeNull();
    expect(contactGender('Amira', [...members, member('AMIRA', '65+', 'female')])).toBeNull();
    expect(contactGender('Amira', [member('Amira', '27-64', null)])).toBeNull();
  });
});

describe('toMatchFamily', () => {
  it('derives minors, contact gender and the Borken waiting day', () => {
    const family = toMatchFamily(
      // 23:30 UTC is already the next day in Borken
      familyRow({ waiting_since: new Date('2026-09-01T23:30:00Z') }),
      [member('Amira', '27-64', 'female'), member('Sami', '6-11', 'male')],
    );
    expect(family).toEqual({
      id: 'f-1',
      languages: [{ code: 'ar', level: 'native' }],
      district: 'gemen',
      availability: ['sat-morning'],
      needs: ['school'],
      hasMinors: true,
      contactGender: 'female',
      volunteerGenderPreference: 'none',
      interpreterAvailable: false,
      urgent: true,
      waitingSince: '2026-09-02',
      hasOpenPairing: false,
      consentGiven: true,
    });
  });

  it('has no minors when every member is an adult', () => {
    expect(toMatchFamily(familyRow(), [member('Amira', '18-26', null)]).hasMinors).toBe(false);
  });

  it.each([
    ['waiting', true],
    ['waiting', false],
    ['in_pairing', true],
    ['closed', true],
  ] as const)('passes H7 exactly when isMatchable (status %s, consent %s)', (status, consent) => {
    const family = toMatchFamily(familyRow({ status, consent_given: consent }), []);
    const failed = firstFailingFilter(toMatchVolunteer(volunteerRow()), family, '2026-11-26');
    expect(failed === null).toBe(isMatchable({ status, consentGiven: consent }));
    if (failed !== null) expect(failed).toBe('H7_FAMILY_OPEN');
  });

  it('fails H7 for a waiting family that already has an open pairing', () => {
    const family = toMatchFamily(familyRow({ has_open_pairing: true }), []);
    expect(firstFailingFilter(toMatchVolunteer(volunteerRow()), family, '2026-11-26')).toBe(
      'H7_FAMILY_OPEN',
    );
  });
});
