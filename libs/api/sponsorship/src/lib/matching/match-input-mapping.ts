import type {
  AvailabilitySlot,
  BorkenDistrict,
  FamilyStatus,
  GenderPreference,
  SpokenLanguage,
  SupportArea,
  VolunteerStatus,
} from '@zusammen/shared/contracts';
import type { MatchFamily, MatchVolunteer, PersonGender } from '@zusammen/shared/util';
import type { MemberRow } from '../family/family-rows';
import { hasMinors } from '../family/family-rules';
import { todayInBorken } from '../volunteer/calendar-dates';

/**
 * Entity rows → the matching core's plain inputs. Everything the core treats as a fact (eligibility, free
 * capacity, certificate validity, minors in the household) is derived here from the stored rows, never stored.
 */

/** A volunteer profile with its account name and its § 72a ledger entry (null columns when there is none). */
export interface MatchVolunteerRow {
  id: string;
  status: VolunteerStatus;
  capacity: number;
  languages: SpokenLanguage[];
  district: BorkenDistrict;
  max_distance_km: number;
  availability: AvailabilitySlot[];
  support_areas: SupportArea[];
  accepts_families_with_children: boolean;
  gender_preference: GenderPreference;
  /** Self-declared on the profile; null = not stated. */
  gender: PersonGender | null;
  display_name: string;
  /** Null when no certificate is on record. */
  certificate_relevant_entry: boolean | null;
  certificate_renewal_due_on: string | null;
  /** Pairings in an open state (OPEN_PAIRING_STATES), counted in the same query. */
  open_pairings: number;
  /** Families of the volunteer's pair exclusions (invariant 3). */
  excluded_family_ids: string[];
}

/** The matching-relevant columns of a family (no contact details, no staff note). */
export interface MatchFamilyRow {
  id: string;
  contact_name: string;
  status: FamilyStatus;
  district: BorkenDistrict;
  languages: SpokenLanguage[];
  needs: SupportArea[];
  availability: AvailabilitySlot[];
  volunteer_gender_preference: GenderPreference;
  interpreter_available: boolean;
  urgent: boolean;
  waiting_since: Date;
  /** An active (not withdrawn) consent exists. */
  consent_given: boolean;
  /** A pairing in an open state exists (invariant 2). */
  has_open_pairing: boolean;
}

/** `YYYY-MM-DD` one calendar day earlier. */
function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Last day the certificate counts as clear for contact with minors: the day before renewal is due
 * (sponsorship.md § 6: "ineligible for minors from the due date"; invariant 4: "not yet due for renewal").
 * Null without a certificate or with a relevant entry.
 */
export function certificateClearUntil(
  relevantEntry: boolean | null,
  renewalDueOn: string | null,
): string | null {
  return relevantEntry === false && renewalDueOn !== null ? dayBefore(renewalDueOn) : null;
}

export function toMatchVolunteer(row: MatchVolunteerRow): MatchVolunteer {
  return {
    id: row.id,
    // paused, in vetting, rejected, withdrawn and inactive volunteers are never proposed (H1)
    eligible: row.status === 'approved',
    freeCapacity: Math.max(0, row.capacity - row.open_pairings),
    languages: row.languages,
    district: row.district,
    maxDistanceKm: row.max_distance_km,
    availability: row.availability,
    supportAreas: row.support_areas,
    acceptsFamiliesWithChildren: row.accepts_families_with_children,
    certificateClearUntil: certificateClearUntil(
      row.certificate_relevant_entry,
      row.certificate_renewal_due_on,
    ),
    genderPreference: row.gender_preference,
    // not stated (null) satisfies only a family without a preference (H5)
    gender: row.gender ?? null,
    excludedFamilyIds: row.excluded_family_ids,
  };
}

/**
 * The gender of the contact person when it is known: the family records the contact by name only, so it
 * is the gender of the one member whose alias is that name (ignoring case and outer spaces). None or
 * several such members, or no gender recorded → null (then only a volunteer without a preference passes H5).
 */
export function contactGender(
  contactName: string,
  members: readonly MemberRow[],
): PersonGender | null {
  const name = contactName.trim().toLocaleLowerCase('de');
  const matches = members.filter((m) => m.alias.trim().toLocaleLowerCase('de') === name);
  return matches.length === 1 ? (matches[0].gender ?? null) : null;
}

export function toMatchFamily(row: MatchFamilyRow, members: readonly MemberRow[]): MatchFamily {
  return {
    id: row.id,
    languages: row.languages,
    district: row.district,
    availability: row.availability,
    needs: row.needs,
    hasMinors: hasMinors(members.map((m) => m.age_band)),
    contactGender: contactGender(row.contact_name, members),
    volunteerGenderPreference: row.volunteer_gender_preference,
    interpreterAvailable: row.interpreter_available,
    urgent: row.urgent,
    // the Borken calendar day (the core counts whole days against Borken's today)
    waitingSince: todayInBorken(row.waiting_since),
    // a closed family counts as taken too, so H7 passes exactly for waiting families without an open pairing
    hasOpenPairing: row.has_open_pairing || row.status !== 'waiting',
    consentGiven: row.consent_given,
  };
}
