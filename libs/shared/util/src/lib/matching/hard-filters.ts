import {
  HARD_FILTER_CODES,
  type ExclusionCounts,
  type GenderPreference,
  type HardFilterCode,
} from '@zusammen/shared/contracts';

// The filter codes are part of the API contract (the "why no candidate?" counters).
export { HARD_FILTER_CODES, type ExclusionCounts, type HardFilterCode };
import { districtDistanceKm } from './district-distance';
import type { MatchFamily, MatchVolunteer, PersonGender } from './matching-input';

export interface HardFilter {
  code: HardFilterCode;
  /** `today` is an ISO date (YYYY-MM-DD). */
  test(volunteer: MatchVolunteer, family: MatchFamily, today: string): boolean;
}

/** Number of volunteers each filter removed (first failing filter only, so they sum to the excluded). */

/** A side with preference `none` accepts anyone; an unknown gender satisfies only `none`. */
function genderAccepted(preference: GenderPreference, gender: PersonGender | null | undefined) {
  return preference === 'none' || preference === gender;
}

export function sharesLanguage(volunteer: MatchVolunteer, family: MatchFamily): boolean {
  // Every level (basic and up) is usable for everyday contact, so any common code counts.
  return volunteer.languages.some((v) => family.languages.some((f) => f.code === v.code));
}

export const HARD_FILTERS: readonly HardFilter[] = [
  { code: 'H1_ELIGIBLE', test: (v) => v.eligible && v.freeCapacity >= 1 },
  {
    code: 'H2_CERTIFICATE',
    // § 72a SGB VIII: contact with minors needs a certificate that is still clear today.
    test: (v, f, today) =>
      !f.hasMinors ||
      (v.certificateClearUntil !== null &&
        v.certificateClearUntil.slice(0, 10) >= today.slice(0, 10)),
  },
  { code: 'H3_LANGUAGE', test: (v, f) => f.interpreterAvailable || sharesLanguage(v, f) },
  {
    code: 'H4_DISTANCE',
    test: (v, f) => districtDistanceKm(v.district, f.district) <= v.maxDistanceKm,
  },
  {
    code: 'H5_GENDER',
    test: (v, f) =>
      genderAccepted(v.genderPreference, f.contactGender) &&
      genderAccepted(f.volunteerGenderPreference, v.gender),
  },
  { code: 'H6_EXCLUSION', test: (v, f) => !v.excludedFamilyIds.includes(f.id) },
  { code: 'H7_FAMILY_OPEN', test: (_v, f) => !f.hasOpenPairing && f.consentGiven },
];

/** The first filter the pair fails, or null when the pair is feasible. */
export function firstFailingFilter(
  volunteer: MatchVolunteer,
  family: MatchFamily,
  today: string,
): HardFilterCode | null {
  for (const filter of HARD_FILTERS) {
    if (!filter.test(volunteer, family, today)) return filter.code;
  }
  return null;
}

export function emptyExclusionCounts(): ExclusionCounts {
  const counts = {} as ExclusionCounts;
  for (const code of HARD_FILTER_CODES) counts[code] = 0;
  return counts;
}

/** "Why no candidate?": how many volunteers each filter removed for this family. */
export function explainExclusions(
  family: MatchFamily,
  volunteers: readonly MatchVolunteer[],
  today: string,
): ExclusionCounts {
  const counts = emptyExclusionCounts();
  for (const volunteer of volunteers) {
    const failed = firstFailingFilter(volunteer, family, today);
    if (failed) counts[failed] += 1;
  }
  return counts;
}
