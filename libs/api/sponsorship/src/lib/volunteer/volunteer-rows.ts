import type {
  AvailabilitySlot,
  BorkenDistrict,
  CertificateRecord,
  GenderPreference,
  Locale,
  PersonGender,
  SpokenLanguage,
  SupportArea,
  VettingStepKind,
  VettingStepRecord,
  VolunteerDetail,
  VolunteerProfileResponse,
  VolunteerStatus,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { OPEN_PAIRINGS_OF_V_SQL } from '../pairing/open-pairings';

/** Columns of the profile (`v` = volunteer). Dates as text: the driver would turn `date` into local midnight. */
const PROFILE_COLUMNS = `v.id, v.user_id, v.status, v.languages, v.district, v.max_distance_km,
  v.availability, v.support_areas, v.capacity, v.accepts_families_with_children, v.gender_preference,
  v.gender, v.about, v.updated_at, ${OPEN_PAIRINGS_OF_V_SQL} AS open_pairings`;

interface ProfileRow {
  id: string;
  user_id: string;
  status: VolunteerStatus;
  languages: SpokenLanguage[];
  district: BorkenDistrict;
  max_distance_km: number;
  availability: AvailabilitySlot[];
  support_areas: SupportArea[];
  capacity: number;
  accepts_families_with_children: boolean;
  gender_preference: GenderPreference;
  gender: PersonGender | null;
  about: string;
  updated_at: Date;
  /** Pairings in an open state (they count against capacity). */
  open_pairings: number;
}

interface DetailRow extends ProfileRow {
  display_name: string;
  email: string | null;
  phone: string | null;
  locale: Locale;
}

interface RecordedByColumns {
  recorded_by_id: string | null;
  recorded_by_name: string | null;
}

interface VettingStepRow extends RecordedByColumns {
  kind: VettingStepKind;
  completed_on: string;
}

interface CertificateRow extends RecordedByColumns {
  issued_on: string;
  inspected_on: string;
  relevant_entry: boolean;
  renewal_due_on: string;
}

const recordedBy = (row: RecordedByColumns) =>
  row.recorded_by_id && row.recorded_by_name
    ? { id: row.recorded_by_id, displayName: row.recorded_by_name }
    : null;

export async function loadVettingSteps(
  manager: EntityManager,
  volunteerId: string,
): Promise<VettingStepRecord[]> {
  const rows: VettingStepRow[] = await manager.query(
    `SELECT s.kind, s.completed_on::text AS completed_on,
            r.id AS recorded_by_id, r.display_name AS recorded_by_name
       FROM vetting_step s LEFT JOIN user_account r ON r.id = s.recorded_by_id
      WHERE s.volunteer_id = $1
      ORDER BY s.completed_on, s.kind`,
    [volunteerId],
  );
  return rows.map((row) => ({
    kind: row.kind,
    completedOn: row.completed_on,
    recordedBy: recordedBy(row),
  }));
}

export async function loadCertificate(
  manager: EntityManager,
  volunteerId: string,
): Promise<CertificateRecord | null> {
  const rows: CertificateRow[] = await manager.query(
    `SELECT c.issued_on::text AS issued_on, c.inspected_on::text AS inspected_on, c.relevant_entry,
            c.renewal_due_on::text AS renewal_due_on,
            r.id AS recorded_by_id, r.display_name AS recorded_by_name
       FROM conduct_certificate_check c LEFT JOIN user_account r ON r.id = c.recorded_by_id
      WHERE c.volunteer_id = $1`,
    [volunteerId],
  );
  const row = rows[0];
  return row
    ? {
        issuedOn: row.issued_on,
        inspectedOn: row.inspected_on,
        relevantEntry: row.relevant_entry,
        renewalDueOn: row.renewal_due_on,
        recordedBy: recordedBy(row),
      }
    : null;
}

async function toProfileResponse(
  manager: EntityManager,
  row: ProfileRow,
): Promise<VolunteerProfileResponse> {
  return {
    id: row.id,
    status: row.status,
    languages: row.languages,
    district: row.district,
    maxDistanceKm: row.max_distance_km,
    availability: row.availability,
    supportAreas: row.support_areas,
    capacity: row.capacity,
    acceptsFamiliesWithChildren: row.accepts_families_with_children,
    genderPreference: row.gender_preference,
    gender: row.gender,
    about: row.about,
    vettingSteps: await loadVettingSteps(manager, row.id),
    certificate: await loadCertificate(manager, row.id),
    openPairings: row.open_pairings,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The profile of the volunteer with account `userId`, or null when they have none. */
export async function loadProfileOfUser(
  manager: EntityManager,
  userId: string,
): Promise<VolunteerProfileResponse | null> {
  const rows: ProfileRow[] = await manager.query(
    `SELECT ${PROFILE_COLUMNS} FROM volunteer v WHERE v.user_id = $1`,
    [userId],
  );
  return rows[0] ? toProfileResponse(manager, rows[0]) : null;
}

/** The staff view of volunteer `volunteerId`, or null when there is none. */
export async function loadVolunteerDetail(
  manager: EntityManager,
  volunteerId: string,
): Promise<VolunteerDetail | null> {
  const rows: DetailRow[] = await manager.query(
    `SELECT ${PROFILE_COLUMNS}, u.display_name, u.email, u.phone, u.locale
       FROM volunteer v JOIN user_account u ON u.id = v.user_id
      WHERE v.id = $1`,
    [volunteerId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    ...(await toProfileResponse(manager, row)),
    userId: row.user_id,
    displayName: row.display_name,
    email: row.email,
    phone: row.phone,
    locale: row.locale,
  };
}
