import type { FamilyRequest } from '@zusammen/shared/contracts';
import { changedFamilyFields } from './family-changes';

const family: FamilyRequest = {
  contactName: 'Frau Haddad',
  contactChannel: 'phone',
  contactPhone: '+49 2861 1',
  preferredLocale: 'ar',
  district: 'gemen',
  languages: [
    { code: 'ar', level: 'native' },
    { code: 'de', level: 'basic' },
  ],
  members: [
    { alias: 'Mariam', ageBand: '27-64', gender: 'female' },
    { alias: 'Omar', ageBand: '6-11' },
  ],
  needs: ['school', 'authorities'],
  availability: ['mon-evening', 'sat-morning'],
  volunteerGenderPreference: 'female',
  interpreterAvailable: false,
  urgent: false,
  staffNote: 'Bitte zuerst Termin beim Jobcenter.',
};

describe('changedFamilyFields', () => {
  it('finds nothing when nothing changed, whatever the order of set-like lists', () => {
    expect(changedFamilyFields(family, { ...family })).toEqual([]);
    expect(
      changedFamilyFields(family, {
        ...family,
        needs: ['authorities', 'school'],
        availability: ['sat-morning', 'mon-evening'],
      }),
    ).toEqual([]);
  });

  it('treats an absent optional field like null', () => {
    const withoutNote: FamilyRequest = { ...family, staffNote: undefined };
    const { staffNote: _omitted, ...alsoWithout } = family;
    expect(changedFamilyFields(withoutNote, alsoWithout)).toEqual([]);
    expect(changedFamilyFields(family, withoutNote)).toEqual(['staffNote']);
  });

  it('names every changed field and nothing else', () => {
    expect(
      changedFamilyFields(family, {
        ...family,
        contactPhone: undefined,
        contactChannel: 'via_staff',
        members: [family.members[1], family.members[0]],
        languages: [{ code: 'ar', level: 'native' }],
        urgent: true,
      }),
    ).toEqual(['contactChannel', 'contactPhone', 'languages', 'members', 'urgent']);
  });

  it('sees a changed member detail, e.g. an age band', () => {
    expect(
      changedFamilyFields(family, {
        ...family,
        members: [family.members[0], { alias: 'Omar', ageBand: '12-17' }],
      }),
    ).toEqual(['members']);
  });
});
