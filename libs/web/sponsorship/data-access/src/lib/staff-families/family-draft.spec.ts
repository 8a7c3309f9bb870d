import type { FamilyDetail } from '@zusammen/shared/contracts';
import { emptyFamilyDraft, familyDraftOf, familyRequestOf, hasMinor } from './family-draft';

const STORED: FamilyDetail = {
  id: 'f1',
  contactName: 'Amal',
  contactChannel: 'messenger',
  contactPhone: '+49 2861 1234',
  preferredLocale: 'ar',
  district: 'gemen',
  languages: [{ code: 'ar', level: 'native' }],
  members: [
    { alias: 'Amal', ageBand: '27-64', gender: 'female' },
    { alias: 'Sami', ageBand: '6-11' },
  ],
  needs: ['school'],
  availability: ['tue-afternoon'],
  volunteerGenderPreference: 'female',
  interpreterAvailable: false,
  urgent: true,
  status: 'waiting',
  waitingSince: '2026-11-01',
  staffNote: null,
  consent: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

describe('family draft', () => {
  it('round-trips a stored family (no note, unknown gender left out)', () => {
    const request = familyRequestOf({ ...familyDraftOf(STORED), district: 'gemen' });
    expect(request.members).toEqual(STORED.members);
    expect(request.contactPhone).toBe('+49 2861 1234');
    expect(request.staffNote).toBe('');
    expect(request.urgent).toBe(true);
  });

  it('trims names and leaves out an empty phone', () => {
    const draft = emptyFamilyDraft('fa');
    draft.contactName = '  Reza ';
    draft.contactPhone = '   ';
    draft.members = [{ ...draft.members[0], alias: ' Reza ' }];
    draft.languages = [
      { code: '', level: 'good' },
      { code: 'fa', level: 'native' },
    ];
    const request = familyRequestOf({ ...draft, district: 'weseke' });
    expect(request.contactName).toBe('Reza');
    expect(request.members).toEqual([{ alias: 'Reza', ageBand: '27-64' }]);
    expect('contactPhone' in request).toBe(false);
    expect(request.preferredLocale).toBe('fa');
    expect(request.languages).toEqual([{ code: 'fa', level: 'native' }]);
  });

  it('knows a household with a child', () => {
    expect(hasMinor(STORED.members)).toBe(true);
    expect(hasMinor([{ ageBand: '18-26' }, { ageBand: '65+' }])).toBe(false);
  });
});
