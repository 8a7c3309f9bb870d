import type {
  AvailabilitySlot,
  BorkenDistrict,
  GenderPreference,
  PersonGender,
  SpokenLanguage,
  SupportArea,
  VolunteerProfileRequest,
  VolunteerProfileResponse,
} from '@zusammen/shared/contracts';
import type { FieldMessages } from '@zusammen/web/core';

/** Limits of the contract (`VolunteerProfileRequest`), checked here too so mistakes show before sending. */
export const ABOUT_MAX_LENGTH = 1000;
export const MAX_DISTANCE_KM = { min: 1, max: 30, default: 5 } as const;
export const CAPACITY_CHOICES = [1, 2, 3, 4, 5] as const;

export const VOLUNTEER_PROFILE_FIELDS = [
  'languages',
  'district',
  'maxDistanceKm',
  'availability',
  'supportAreas',
  'capacity',
  'acceptsFamiliesWithChildren',
  'genderPreference',
  'gender',
  'about',
] as const;
export type VolunteerProfileField = (typeof VOLUNTEER_PROFILE_FIELDS)[number];

/** The form's values: like the request, but the district may be unchosen and the distance not a number. */
export interface VolunteerProfileDraft {
  languages: readonly SpokenLanguage[];
  district: BorkenDistrict | null;
  maxDistanceKm: number | null;
  availability: readonly AvailabilitySlot[];
  supportAreas: readonly SupportArea[];
  capacity: number;
  acceptsFamiliesWithChildren: boolean;
  genderPreference: GenderPreference;
  /** The volunteer's own gender; null = not stated (the default: it is asked only for matching). */
  gender: PersonGender | null;
  about: string;
}

/** A first profile: German as the one language row (most volunteers speak it), everything else open. */
export function emptyVolunteerProfileDraft(): VolunteerProfileDraft {
  return {
    languages: [{ code: 'de', level: 'native' }],
    district: null,
    maxDistanceKm: MAX_DISTANCE_KM.default,
    availability: [],
    supportAreas: [],
    capacity: 1,
    acceptsFamiliesWithChildren: true,
    genderPreference: 'none',
    gender: null,
    about: '',
  };
}

export function draftOf(profile: VolunteerProfileResponse | null): VolunteerProfileDraft {
  if (!profile) return emptyVolunteerProfileDraft();
  return {
    languages: profile.languages,
    district: profile.district,
    maxDistanceKm: profile.maxDistanceKm,
    availability: profile.availability,
    supportAreas: profile.supportAreas,
    capacity: profile.capacity,
    acceptsFamiliesWithChildren: profile.acceptsFamiliesWithChildren,
    genderPreference: profile.genderPreference,
    gender: profile.gender ?? null,
    about: profile.about,
  };
}

/** Fields the form can already tell are wrong, in the order they appear. */
export function draftProblems(draft: VolunteerProfileDraft): VolunteerProfileField[] {
  const problems: VolunteerProfileField[] = [];
  const codes = draft.languages.map((l) => l.code);
  if (codes.length === 0 || codes.some((c) => !c) || new Set(codes).size !== codes.length) {
    problems.push('languages');
  }
  if (!draft.district) problems.push('district');
  const km = draft.maxDistanceKm;
  if (
    km === null ||
    !Number.isInteger(km) ||
    km < MAX_DISTANCE_KM.min ||
    km > MAX_DISTANCE_KM.max
  ) {
    problems.push('maxDistanceKm');
  }
  if (draft.about.length > ABOUT_MAX_LENGTH) problems.push('about');
  return problems;
}

/** The request for a draft without problems (`draftProblems` is empty). */
export function requestOf(draft: VolunteerProfileDraft): VolunteerProfileRequest {
  return {
    languages: draft.languages.map(({ code, level }) => ({ code, level })),
    district: draft.district as BorkenDistrict,
    maxDistanceKm: draft.maxDistanceKm as number,
    availability: [...draft.availability],
    supportAreas: [...draft.supportAreas],
    capacity: draft.capacity,
    acceptsFamiliesWithChildren: draft.acceptsFamiliesWithChildren,
    genderPreference: draft.genderPreference,
    gender: draft.gender,
    about: draft.about.trim(),
  };
}

/**
 * The form fields named by a 422 field map. Nested paths (`languages.0.level`) count for their top field;
 * unknown names are dropped (the form then shows a general error instead).
 */
export function fieldsOfFailure(fields: FieldMessages): VolunteerProfileField[] {
  const named = new Set(Object.keys(fields).map((path) => path.split(/[.[]/)[0]));
  return VOLUNTEER_PROFILE_FIELDS.filter((field) => named.has(field));
}
