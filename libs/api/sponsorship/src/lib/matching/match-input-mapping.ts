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
import { OPEN_PAIRINGS_BEFORE_PAIRINGS_EXIST } from '../volunteer/volunteer-rows';

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
  display_name: string;
  /** Null when no certificate is on record. */
  certificate_relevant_entry: boolean | null;
  certificate_renewal_due_on: string | null;
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
    freeCapacity: row.capacity - OPEN_PAIRINGS_BEFORE_PAIRINGS_EXIST,
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
    // the account has no gender field: unknown, so only a family without a preference accepts (H5)
    gender: null,
    // pair exclusions (dissolved or declined pairings, staff exclusions) come with the pairings
    excludedFamilyIds: [],
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
    // Pairings do not exist yet, so no family has one; a family that is not `waiting` (in a pairing, or
    // closed) counts as taken all the same, so H7 passes exactly when isMatchable() holds.
    hasOpenPairing: row.status !== 'waiting',
    consentGiven: row.consent_given,
  };
}
