import type {
  AgeBand,
  AvailabilitySlot,
  BorkenDistrict,
  FamilyDetail,
  FamilyMember,
  FamilyRequest,
  Locale,
  SpokenLanguage,
  SupportArea,
} from '@zusammen/shared/contracts';
import { MINOR_AGE_BANDS } from '@zusammen/shared/contracts';

/** One household member as typed: the gender select may be empty ("not given"). */
export interface FamilyMemberDraft {
  alias: string;
  ageBand: AgeBand;
  gender: NonNullable<FamilyMember['gender']> | '';
}

/** The family form as typed: text fields are plain strings, optional ones may be empty. */
export interface FamilyDraft extends Omit<
  FamilyRequest,
  'members' | 'contactPhone' | 'staffNote' | 'languages' | 'needs' | 'availability' | 'district'
> {
  /** Empty until staff choose it, so nobody is placed in the town centre by mistake. */
  district: BorkenDistrict | null;
  members: readonly FamilyMemberDraft[];
  languages: readonly SpokenLanguage[];
  needs: readonly SupportArea[];
  availability: readonly AvailabilitySlot[];
  contactPhone: string;
  staffNote: string;
}

export function emptyMember(): FamilyMemberDraft {
  return { alias: '', ageBand: '27-64', gender: '' };
}

/** A new family: one adult row and no languages yet; the family's own language comes from staff. */
export function emptyFamilyDraft(locale: Locale = 'de'): FamilyDraft {
  return {
    contactName: '',
    contactChannel: 'phone',
    contactPhone: '',
    preferredLocale: locale,
    district: null,
    languages: [],
    members: [emptyMember()],
    needs: [],
    availability: [],
    volunteerGenderPreference: 'none',
    interpreterAvailable: false,
    urgent: false,
    staffNote: '',
  };
}

/** The form filled from a stored family. */
export function familyDraftOf(family: FamilyDetail): FamilyDraft {
  return {
    contactName: family.contactName,
    contactChannel: family.contactChannel,
    contactPhone: family.contactPhone ?? '',
    preferredLocale: family.preferredLocale,
    district: family.district,
    languages: family.languages.map((language) => ({ ...language })),
    members: family.members.map((member) => ({
      alias: member.alias,
      ageBand: member.ageBand,
      gender: member.gender ?? '',
    })),
    needs: [...family.needs],
    availability: [...family.availability],
    volunteerGenderPreference: family.volunteerGenderPreference,
    interpreterAvailable: family.interpreterAvailable,
    urgent: family.urgent,
    staffNote: family.staffNote ?? '',
  };
}

/**
 * What is sent: names trimmed, an empty phone and an unknown gender left out. The staff note is always
 * sent (an empty one clears it), because a PUT replaces the whole family.
 */
export function familyRequestOf(draft: FamilyDraft & { district: BorkenDistrict }): FamilyRequest {
  const phone = draft.contactPhone.trim();
  return {
    contactName: draft.contactName.trim(),
    contactChannel: draft.contactChannel,
    ...(phone ? { contactPhone: phone } : {}),
    preferredLocale: draft.preferredLocale,
    district: draft.district,
    // The languages editor keeps an empty row while staff are still choosing.
    languages: draft.languages.filter((language) => language.code !== ''),
    members: draft.members.map((member) => ({
      alias: member.alias.trim(),
      ageBand: member.ageBand,
      ...(member.gender ? { gender: member.gender } : {}),
    })),
    needs: [...draft.needs],
    availability: [...draft.availability],
    volunteerGenderPreference: draft.volunteerGenderPreference,
    interpreterAvailable: draft.interpreterAvailable,
    urgent: draft.urgent,
    staffNote: draft.staffNote.trim(),
  };
}

/** True when a household member is under 18 (then the volunteer needs a clear § 72a check). */
export function hasMinor(members: readonly Pick<FamilyMember, 'ageBand'>[]): boolean {
  return members.some((member) => MINOR_AGE_BANDS.includes(member.ageBand));
}
