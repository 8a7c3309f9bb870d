import type {
  AgeBand,
  AvailabilitySlot,
  BorkenDistrict,
  ConsentRecord,
  ContactChannel,
  FamilyDetail,
  FamilyMember,
  FamilyRequest,
  FamilyStatus,
  FamilySummary,
  GenderPreference,
  Locale,
  SpokenLanguage,
  SupportArea,
} from '@zusammen/shared/contracts';
import type { MemberGender } from './family-member.entity';
import { hasMinors } from './family-rules';

/** `waiting_since` with microseconds in UTC: the list's keyset position (see FamilyListCursor). */
export const WAITING_SINCE_KEY_SQL = `to_char(f.waiting_since AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** An active consent exists: the family's consent is given now. */
export const CONSENT_GIVEN_SQL = `EXISTS (SELECT 1 FROM family_consent c WHERE c.family_id = f.id AND c.withdrawn_on IS NULL)`;

export const FAMILY_SUMMARY_COLUMNS = `f.id, f.contact_name, f.district, f.status, f.waiting_since, f.languages, f.needs,
  f.urgent, ${WAITING_SINCE_KEY_SQL} AS waiting_since_key, ${CONSENT_GIVEN_SQL} AS consent_given,
  COALESCE((SELECT array_agg(m.age_band ORDER BY m.position) FROM family_member m WHERE m.family_id = f.id), '{}')
    AS age_bands`;

export interface FamilySummaryRow {
  id: string;
  contact_name: string;
  district: BorkenDistrict;
  status: FamilyStatus;
  waiting_since: Date;
  waiting_since_key: string;
  languages: SpokenLanguage[];
  needs: SupportArea[];
  urgent: boolean;
  consent_given: boolean;
  age_bands: AgeBand[];
}

export function toFamilySummary(row: FamilySummaryRow): FamilySummary {
  return {
    id: row.id,
    contactName: row.contact_name,
    district: row.district,
    status: row.status,
    waitingSince: row.waiting_since.toISOString(),
    memberCount: row.age_bands.length,
    hasMinors: hasMinors(row.age_bands),
    languages: row.languages,
    needs: row.needs,
    urgent: row.urgent,
    consentGiven: row.consent_given,
  };
}

export const FAMILY_DETAIL_COLUMNS = `f.id, f.contact_name, f.contact_channel, f.contact_phone, f.preferred_locale,
  f.district, f.languages, f.needs, f.availability, f.volunteer_gender_preference, f.interpreter_available,
  f.urgent, f.staff_note, f.status, f.waiting_since, f.created_at, f.updated_at`;

export interface FamilyDetailRow {
  id: string;
  contact_name: string;
  contact_channel: ContactChannel;
  contact_phone: string | null;
  preferred_locale: Locale;
  district: BorkenDistrict;
  languages: SpokenLanguage[];
  needs: SupportArea[];
  availability: AvailabilitySlot[];
  volunteer_gender_preference: GenderPreference;
  interpreter_available: boolean;
  urgent: boolean;
  staff_note: string | null;
  status: FamilyStatus;
  waiting_since: Date;
  created_at: Date;
  updated_at: Date;
}

export const MEMBER_COLUMNS = `m.alias, m.age_band, m.gender`;

export interface MemberRow {
  alias: string;
  age_band: AgeBand;
  gender: MemberGender | null;
}

/** The latest consent: the active one if any, else the last withdrawn one (staff see when it ended). */
export const LATEST_CONSENT_SQL = `SELECT c.text_version, c.scope, c.granted_on::text AS granted_on,
         c.withdrawn_on::text AS withdrawn_on, c.recorded_by_id, u.display_name AS recorded_by_name
    FROM family_consent c
    LEFT JOIN user_account u ON u.id = c.recorded_by_id
   WHERE c.family_id = $1
   ORDER BY (c.withdrawn_on IS NULL) DESC, c.created_at DESC, c.id DESC
   LIMIT 1`;

export interface ConsentRow {
  text_version: string;
  scope: string;
  granted_on: string;
  withdrawn_on: string | null;
  recorded_by_id: string | null;
  recorded_by_name: string | null;
}

function toMember(row: MemberRow): FamilyMember {
  return row.gender === null
    ? { alias: row.alias, ageBand: row.age_band }
    : { alias: row.alias, ageBand: row.age_band, gender: row.gender };
}

function toConsent(row: ConsentRow): ConsentRecord {
  return {
    textVersion: row.text_version,
    scope: row.scope,
    grantedOn: row.granted_on,
    withdrawnOn: row.withdrawn_on,
    recordedBy:
      row.recorded_by_id === null
        ? null
        : { id: row.recorded_by_id, displayName: row.recorded_by_name ?? '' },
  };
}

/** The stored household in request form (what a full replace compares against). */
export function toFamilyRequest(
  row: FamilyDetailRow,
  members: readonly MemberRow[],
): FamilyRequest {
  const request: FamilyRequest = {
    contactName: row.contact_name,
    contactChannel: row.contact_channel,
    preferredLocale: row.preferred_locale,
    district: row.district,
    languages: row.languages,
    members: members.map(toMember),
    needs: row.needs,
    availability: row.availability,
    volunteerGenderPreference: row.volunteer_gender_preference,
    interpreterAvailable: row.interpreter_available,
    urgent: row.urgent,
  };
  if (row.contact_phone !== null) request.contactPhone = row.contact_phone;
  if (row.staff_note !== null) request.staffNote = row.staff_note;
  return request;
}

export function toFamilyDetail(
  row: FamilyDetailRow,
  members: readonly MemberRow[],
  consent: ConsentRow | undefined,
): FamilyDetail {
  return {
    ...toFamilyRequest(row, members),
    id: row.id,
    status: row.status,
    waitingSince: row.waiting_since.toISOString(),
    staffNote: row.staff_note,
    consent: consent ? toConsent(consent) : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
