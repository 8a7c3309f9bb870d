import { emptyFamilyDraft } from '@zusammen/web/sponsorship/data-access';
import { familyFieldOf, missingFamilyFields } from './family-fields';
import { urgentFirst } from './urgent-first';

describe('family fields', () => {
  it('points nested server keys at their group', () => {
    expect(familyFieldOf('members.1.alias')).toBe('members');
    expect(familyFieldOf('members[0].ageBand')).toBe('members');
    expect(familyFieldOf('staffNote')).toBe('staffNote');
    expect(familyFieldOf('somethingElse')).toBe('form');
  });

  it('needs a phone only for phone, SMS and messenger', () => {
    const draft = { ...emptyFamilyDraft(), contactName: 'Amal', district: 'gemen' as const };
    draft.members = [{ alias: 'Amal', ageBand: '27-64', gender: '' }];
    expect(missingFamilyFields(draft)).toEqual(['contactPhone']);
    expect(missingFamilyFields({ ...draft, contactChannel: 'via_staff' })).toEqual([]);
  });
});

describe('urgentFirst', () => {
  it('sorts urgent, then longest waiting, then id', () => {
    const base = { urgent: false, waitingSince: '2026-10-01' };
    const order = urgentFirst([
      { ...base, id: 'b' },
      { ...base, id: 'a' },
      { ...base, id: 'u', urgent: true, waitingSince: '2026-11-20' },
      { ...base, id: 'old', waitingSince: '2026-01-01' },
    ] as never).map((family) => family.id);
    expect(order).toEqual(['u', 'old', 'a', 'b']);
  });
});
