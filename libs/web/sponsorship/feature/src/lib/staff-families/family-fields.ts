import type { FamilyDraft } from '@zusammen/web/sponsorship/data-access';

/** The parts of the family form an error can point at, in form order (`form` = no single field). */
export const FAMILY_FIELDS = [
  'contactName',
  'contactChannel',
  'contactPhone',
  'preferredLocale',
  'district',
  'languages',
  'members',
  'needs',
  'availability',
  'volunteerGenderPreference',
  'staffNote',
  'form',
] as const;
export type FamilyField = (typeof FAMILY_FIELDS)[number];

/** Channels that need a number to reach the family. */
const NEEDS_PHONE: readonly FamilyDraft['contactChannel'][] = ['phone', 'sms', 'messenger'];

/** The field a server key names: `members.1.alias` and `members[1].ageBand` point at the members. */
export function familyFieldOf(serverKey: string): FamilyField {
  const head = serverKey.split(/[.[]/)[0];
  return FAMILY_FIELDS.find((field) => field === head) ?? 'form';
}

/** What staff must still fill in before saving, in form order. */
export function missingFamilyFields(draft: FamilyDraft): FamilyField[] {
  const missing = new Set<FamilyField>();
  if (!draft.contactName.trim()) missing.add('contactName');
  if (NEEDS_PHONE.includes(draft.contactChannel) && !draft.contactPhone.trim()) {
    missing.add('contactPhone');
  }
  if (draft.district === null) missing.add('district');
  if (draft.members.length === 0 || draft.members.some((member) => !member.alias.trim())) {
    missing.add('members');
  }
  return FAMILY_FIELDS.filter((field) => missing.has(field));
}
