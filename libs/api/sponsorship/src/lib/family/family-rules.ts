import { MINOR_AGE_BANDS, type AgeBand, type FamilyStatus } from '@zusammen/shared/contracts';

/**
 * True when a household member is under 18. Then a volunteer needs a clear § 72a certificate that is not
 * yet due for renewal (invariant 4, filter H2), so this is derived from the members every time, never stored.
 */
export function hasMinors(ageBands: readonly AgeBand[]): boolean {
  return ageBands.some((band) => MINOR_AGE_BANDS.includes(band));
}

export interface MatchabilityFacts {
  status: FamilyStatus;
  /** An active (granted, not withdrawn) consent exists. */
  consentGiven: boolean;
}

/**
 * Whether matching may propose this family. The rule: only a family that is `waiting` AND has an active
 * consent can be matched. Without consent (never given, or withdrawn) nobody may propose, offer or pair it
 * (CONSENT_MISSING): the consent covers passing the family's data to a volunteer (DSGVO Art. 6(1)(a)).
 * Matching and offers must call this, and re-check it inside the offer transaction.
 */
export function isMatchable(family: MatchabilityFacts): boolean {
  return family.status === 'waiting' && family.consentGiven;
}
