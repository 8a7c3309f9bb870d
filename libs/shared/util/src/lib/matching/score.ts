import type {
  AvailabilitySlot,
  ComponentScore,
  LanguageLevel,
  ScoreBreakdown,
  SupportArea,
} from '@zusammen/shared/contracts';

export type { ComponentScore, ScoreBreakdown } from '@zusammen/shared/contracts';
import { districtDistanceKm } from './district-distance';
import {
  isoDayNumber,
  MATCH_COMPONENTS,
  normaliseMatchWeights,
  type MatchComponent,
  type MatchFamily,
  type MatchVolunteer,
  type MatchWeights,
} from './matching-input';

/** Language component per level (sponsorship.md § 6); interpreter-only counts as `basic`. */
export const LANGUAGE_LEVEL_VALUE: Readonly<Record<LanguageLevel, number>> = {
  basic: 0.25,
  good: 0.5,
  fluent: 0.75,
  native: 1,
};
const INTERPRETER_ONLY_VALUE = LANGUAGE_LEVEL_VALUE.basic;
/** Waiting this many days earns the full waiting bonus. */
export const FULL_WAITING_BONUS_DAYS = 90;

export type ComponentValues = Record<MatchComponent, number>;

/** A pair can only talk as well as the weaker side speaks, so a shared language counts at the lower level. */
function languageValue(volunteer: MatchVolunteer, family: MatchFamily): number {
  let best = family.interpreterAvailable ? INTERPRETER_ONLY_VALUE : 0;
  for (const v of volunteer.languages) {
    for (const f of family.languages) {
      if (v.code !== f.code) continue;
      best = Math.max(best, Math.min(LANGUAGE_LEVEL_VALUE[v.level], LANGUAGE_LEVEL_VALUE[f.level]));
    }
  }
  return best;
}

function proximityValue(volunteer: MatchVolunteer, family: MatchFamily): number {
  if (volunteer.district === family.district) return 1;
  if (!(volunteer.maxDistanceKm > 0)) return 0;
  const km = districtDistanceKm(volunteer.district, family.district);
  return Math.max(0, 1 - km / volunteer.maxDistanceKm);
}

function availabilityValue(volunteer: MatchVolunteer, family: MatchFamily): number {
  const wanted: readonly AvailabilitySlot[] = family.availability;
  if (wanted.length === 0) return 1; // the family is flexible
  let covered = 0;
  for (const slot of wanted) if (volunteer.availability.includes(slot)) covered += 1;
  return covered / wanted.length;
}

function jaccard(a: readonly SupportArea[], b: readonly SupportArea[]): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 1; // nothing asked, nothing offered: no mismatch
  let shared = 0;
  for (const area of new Set(a)) if (b.includes(area)) shared += 1;
  return shared / union.size;
}

/** Each component sᵢ ∈ [0, 1] for one pair; `todayDay` from isoDayNumber(today). */
export function componentValuesAt(
  volunteer: MatchVolunteer,
  family: MatchFamily,
  todayDay: number,
): ComponentValues {
  const daysWaiting = Math.max(0, todayDay - isoDayNumber(family.waitingSince));
  return {
    language: languageValue(volunteer, family),
    proximity: proximityValue(volunteer, family),
    availability: availabilityValue(volunteer, family),
    lifeStage: !family.hasMinors || volunteer.acceptsFamiliesWithChildren ? 1 : 0,
    needsFit: jaccard(family.needs, volunteer.supportAreas),
    waitingBonus: Math.min(daysWaiting / FULL_WAITING_BONUS_DAYS, 1),
    urgency: family.urgent ? 1 : 0,
  };
}

/** Σ wᵢ·sᵢ with already normalised weights (hot path: no breakdown object). */
export function weightedTotal(values: ComponentValues, normalisedWeights: MatchWeights): number {
  let total = 0;
  for (const component of MATCH_COMPONENTS) {
    total += normalisedWeights[component] * values[component];
  }
  return total;
}

export function toBreakdown(
  values: ComponentValues,
  normalisedWeights: MatchWeights,
): ScoreBreakdown {
  const components = {} as Record<MatchComponent, ComponentScore>;
  for (const component of MATCH_COMPONENTS) {
    const weight = normalisedWeights[component];
    const value = values[component];
    components[component] = { value, weight, contribution: weight * value };
  }
  return { total: weightedTotal(values, normalisedWeights), components };
}

/**
 * Score of one pair with its breakdown. Does not apply the hard filters (see hard-filters.ts); the
 * weights are normalised here, so any non-negative weights work.
 */
export function scorePair(
  volunteer: MatchVolunteer,
  family: MatchFamily,
  weights: MatchWeights,
  today: string,
): ScoreBreakdown {
  return toBreakdown(
    componentValuesAt(volunteer, family, isoDayNumber(today)),
    normaliseMatchWeights(weights),
  );
}
