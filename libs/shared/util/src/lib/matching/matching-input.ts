import {
  MATCH_COMPONENTS,
  type AvailabilitySlot,
  type BorkenDistrict,
  type GenderPreference,
  type MatchComponent,
  type MatchWeights,
  type PersonGender,
  type SpokenLanguage,
  type SupportArea,
} from '@zusammen/shared/contracts';

// The component and weight vocabulary is part of the API contract (proposals store their weights), and so is
// the gender a volunteer states on their profile.
export { MATCH_COMPONENTS, type MatchComponent, type MatchWeights, type PersonGender };

/**
 * Plain data the matching core works on. The API maps its entities to these shapes (eligibility and
 * free capacity are derived there, never stored); nothing here reads a clock: `today` is passed in.
 */
export interface MatchVolunteer {
  id: string;
  /** Status `approved` (not paused, not in vetting). */
  eligible: boolean;
  /** Capacity minus open pairings. */
  freeCapacity: number;
  languages: SpokenLanguage[];
  district: BorkenDistrict;
  /** Straight-line km between district centres the volunteer accepts. */
  maxDistanceKm: number;
  availability: AvailabilitySlot[];
  supportAreas: SupportArea[];
  acceptsFamiliesWithChildren: boolean;
  /** Last day (ISO date) the inspected certificate counts as clear; null = none on record. */
  certificateClearUntil: string | null;
  /** Preferred gender of the family's contact person. */
  genderPreference: GenderPreference;
  gender?: PersonGender | null;
  /** Families this volunteer must not be proposed to again (dissolved, declined, staff exclusion). */
  excludedFamilyIds: string[];
}

export interface MatchFamily {
  id: string;
  languages: SpokenLanguage[];
  district: BorkenDistrict;
  availability: AvailabilitySlot[];
  needs: SupportArea[];
  hasMinors: boolean;
  contactGender?: PersonGender | null;
  volunteerGenderPreference: GenderPreference;
  interpreterAvailable: boolean;
  urgent: boolean;
  /** ISO date or timestamp; only the date counts. */
  waitingSince: string;
  hasOpenPairing: boolean;
  consentGiven: boolean;
}

/**
 * Starting weights until the programme lead configures their own (they sum to 1). Language and
 * proximity lead because a tandem that cannot talk or meet fails first; availability and needs fit
 * follow; life stage is mostly settled by the hard filters; waiting time and urgency only tip close
 * cases, so they cannot push a poor fit ahead of a good one.
 */
export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = {
  language: 0.25,
  proximity: 0.2,
  availability: 0.15,
  lifeStage: 0.1,
  needsFit: 0.15,
  waitingBonus: 0.1,
  urgency: 0.05,
};

/** Scales the weights to sum 1. Throws for negative or non-finite weights or when all are 0. */
export function normaliseMatchWeights(weights: MatchWeights): MatchWeights {
  let sum = 0;
  for (const component of MATCH_COMPONENTS) {
    const w = weights[component];
    if (!Number.isFinite(w) || w < 0) {
      throw new RangeError(`Weight ${component} must be a finite number ≥ 0, got ${w}`);
    }
    sum += w;
  }
  if (sum === 0) throw new RangeError('At least one weight must be above 0');
  const normalised = {} as MatchWeights;
  for (const component of MATCH_COMPONENTS) normalised[component] = weights[component] / sum;
  return normalised;
}

/** `YYYY-MM-DD…` → days since 1970-01-01 (UTC); throws for anything else, so a bad date never passes. */
export function isoDayNumber(iso: string): number {
  const day = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso) || Number.isNaN(day)) {
    throw new RangeError(`Not an ISO date: ${iso}`);
  }
  return Math.round(day / 86_400_000);
}
