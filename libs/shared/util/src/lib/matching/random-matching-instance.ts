import {
  AVAILABILITY_SLOTS,
  BORKEN_DISTRICTS,
  LANGUAGE_LEVELS,
  SUPPORT_AREAS,
  type GenderPreference,
  type SpokenLanguage,
} from '@zusammen/shared/contracts';
import type { MatchFamily, MatchVolunteer, PersonGender } from './matching-input';

/**
 * Seeded random instances for the matching tests and bench/matching (never used by the product).
 * Proportions are plausible for Borken, not measured.
 */

/** mulberry32: small, fast, seeded PRNG returning [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomInstanceOptions {
  families: number;
  volunteers: number;
  /** Free capacity is drawn from 1..maxCapacity (default 3). */
  maxCapacity?: number;
  /** ISO date the instance is built around (default 2026-11-26). */
  today?: string;
}

export interface RandomInstance {
  families: MatchFamily[];
  volunteers: MatchVolunteer[];
  today: string;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function randomMatchingInstance(
  seed: number,
  options: RandomInstanceOptions,
): RandomInstance {
  const random = mulberry32(seed);
  const today = options.today ?? '2026-11-26';
  const maxCapacity = options.maxCapacity ?? 3;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    for (let n = int(min, max); n > 0 && pool.length > 0; n--) {
      chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
    }
    return chosen;
  };
  const gender = (): PersonGender | null => {
    const r = random();
    return r < 0.58 ? 'female' : r < 0.93 ? 'male' : r < 0.97 ? 'diverse' : null;
  };
  const preference = (female: number, male: number): GenderPreference => {
    const r = random();
    return r < female ? 'female' : r < female + male ? 'male' : 'none';
  };
  const familyIds = Array.from(
    { length: options.families },
    (_, i) => `f${String(i).padStart(5, '0')}`,
  );

  const families: MatchFamily[] = familyIds.map((id) => {
    const languages: SpokenLanguage[] = [
      { code: pick(['ar', 'uk', 'fa', 'ku', 'ti', 'ru', 'tr']), level: 'native' },
    ];
    if (random() < 0.5) languages.push({ code: 'de', level: pick(['basic', 'good']) });
    if (random() < 0.15) languages.push({ code: 'en', level: pick(LANGUAGE_LEVELS) });
    return {
      id,
      languages,
      district: pick(BORKEN_DISTRICTS),
      availability: some(AVAILABILITY_SLOTS, 0, 6),
      needs: some(SUPPORT_AREAS, 0, 3),
      hasMinors: random() < 0.6,
      contactGender: gender(),
      volunteerGenderPreference: preference(0.2, 0.05),
      interpreterAvailable: random() < 0.3,
      urgent: random() < 0.1,
      waitingSince: addDays(today, -int(0, 200)),
      hasOpenPairing: random() < 0.05,
      consentGiven: random() < 0.95,
    };
  });

  const volunteers: MatchVolunteer[] = Array.from({ length: options.volunteers }, (_, i) => {
    const languages: SpokenLanguage[] = [{ code: 'de', level: 'native' }];
    if (random() < 0.4) languages.push({ code: 'en', level: pick(LANGUAGE_LEVELS) });
    if (random() < 0.15) {
      languages.push({ code: pick(['ar', 'uk', 'fa', 'ru', 'tr']), level: pick(LANGUAGE_LEVELS) });
    }
    return {
      id: `v${String(i).padStart(5, '0')}`,
      eligible: random() < 0.9,
      freeCapacity: int(1, maxCapacity),
      languages,
      district: pick(BORKEN_DISTRICTS),
      maxDistanceKm: int(3, 15),
      availability: some(AVAILABILITY_SLOTS, 2, 9),
      supportAreas: some(SUPPORT_AREAS, 1, 3),
      acceptsFamiliesWithChildren: random() < 0.7,
      certificateClearUntil: random() < 0.8 ? addDays(today, int(-60, 1500)) : null,
      genderPreference: preference(0.1, 0.03),
      gender: gender(),
      excludedFamilyIds: random() < 0.05 && familyIds.length > 0 ? [pick(familyIds)] : [],
    };
  });
  return { families, volunteers, today };
}
