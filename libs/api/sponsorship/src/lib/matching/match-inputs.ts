import type { MatchFamily, MatchVolunteer } from '@zusammen/shared/util';
import type { EntityManager } from 'typeorm';
import { CONSENT_GIVEN_SQL, MEMBER_COLUMNS, type MemberRow } from '../family/family-rows';
import {
  toMatchFamily,
  toMatchVolunteer,
  type MatchFamilyRow,
  type MatchVolunteerRow,
} from './match-input-mapping';

// Vocabulary of OPEN_PAIRING_STATES (contracts/sponsorship-pairing.ts), as the partial unique index uses it.
const OPEN_STATES_SQL = `('offered', 'accepted', 'intro_scheduled', 'trial', 'active', 'paused')`;

const VOLUNTEER_COLUMNS = `v.id, v.status, v.capacity, v.languages, v.district, v.max_distance_km,
       v.availability, v.support_areas, v.accepts_families_with_children, v.gender_preference,
       v.gender, u.display_name, c.relevant_entry AS certificate_relevant_entry,
       c.renewal_due_on::text AS certificate_renewal_due_on`;

const VOLUNTEER_FROM = `FROM volunteer v
  JOIN user_account u ON u.id = v.user_id
  LEFT JOIN conduct_certificate_check c ON c.volunteer_id = v.id`;

/**
 * Every volunteer with name, § 72a ledger entry, open pairings and pair exclusions, in one pass: the two counts
 * as grouped sub-queries joined once. Correlated sub-selects per row cost 3–4 times as much at 10,000
 * volunteers (a scan of pair_exclusion per row, and a plan expensive enough to trigger JIT; bench/matching).
 */
const ALL_VOLUNTEERS_SQL = `SELECT ${VOLUNTEER_COLUMNS},
       COALESCE(op.n, 0) AS open_pairings, COALESCE(ex.ids, '{}') AS excluded_family_ids
  ${VOLUNTEER_FROM}
  LEFT JOIN (SELECT volunteer_id, count(*)::int AS n FROM pairing WHERE state IN ${OPEN_STATES_SQL}
              GROUP BY volunteer_id) op ON op.volunteer_id = v.id
  LEFT JOIN (SELECT volunteer_id, array_agg(family_id::text) AS ids FROM pair_exclusion
              GROUP BY volunteer_id) ex ON ex.volunteer_id = v.id`;

/** One volunteer with the same columns; the sub-selects then touch only that volunteer's rows. */
const ONE_VOLUNTEER_SQL = `SELECT ${VOLUNTEER_COLUMNS},
       (SELECT count(*)::int FROM pairing p WHERE p.volunteer_id = v.id AND p.state IN ${OPEN_STATES_SQL})
         AS open_pairings,
       COALESCE((SELECT array_agg(x.family_id::text) FROM pair_exclusion x WHERE x.volunteer_id = v.id), '{}')
         AS excluded_family_ids
  ${VOLUNTEER_FROM}
 WHERE v.id = $1`;

const FAMILY_COLUMNS = `f.id, f.contact_name, f.status, f.district, f.languages, f.needs, f.availability,
       f.volunteer_gender_preference, f.interpreter_available, f.urgent, f.waiting_since,
       ${CONSENT_GIVEN_SQL} AS consent_given,
       EXISTS (SELECT 1 FROM pairing p WHERE p.family_id = f.id AND p.state IN ${OPEN_STATES_SQL})
         AS has_open_pairing`;

export interface LoadedVolunteers {
  rows: MatchVolunteerRow[];
  volunteers: MatchVolunteer[];
}

export interface LoadedFamily {
  row: MatchFamilyRow;
  members: MemberRow[];
  family: MatchFamily;
}

/** Every volunteer profile (ordered by id, so runs are deterministic), mapped for the matching core. */
export async function loadMatchVolunteers(manager: EntityManager): Promise<LoadedVolunteers> {
  const rows: MatchVolunteerRow[] = await manager.query(`${ALL_VOLUNTEERS_SQL} ORDER BY v.id`);
  return { rows, volunteers: rows.map(toMatchVolunteer) };
}

/**
 * One volunteer as the matching core sees it. Call it after locking the volunteer row (offer transaction),
 * so the open-pairing count cannot change before the commit.
 */
export async function loadMatchVolunteer(
  manager: EntityManager,
  volunteerId: string,
): Promise<{ row: MatchVolunteerRow; volunteer: MatchVolunteer } | null> {
  const [row]: MatchVolunteerRow[] = await manager.query(ONE_VOLUNTEER_SQL, [volunteerId]);
  return row ? { row, volunteer: toMatchVolunteer(row) } : null;
}

/** One family with its members, mapped for the matching core; null when there is no such family. */
export async function loadMatchFamily(
  manager: EntityManager,
  familyId: string,
): Promise<LoadedFamily | null> {
  const [row]: MatchFamilyRow[] = await manager.query(
    `SELECT ${FAMILY_COLUMNS} FROM family f WHERE f.id = $1`,
    [familyId],
  );
  if (!row) return null;
  const members: MemberRow[] = await manager.query(
    `SELECT ${MEMBER_COLUMNS} FROM family_member m WHERE m.family_id = $1 ORDER BY m.position`,
    [familyId],
  );
  return { row, members, family: toMatchFamily(row, members) };
}

/**
 * The batch cohort: waiting families with consent and without an open pairing, longest waiting first
 * (then id), with their members in two queries.
 */
export async function loadWaitingMatchFamilies(manager: EntityManager): Promise<LoadedFamily[]> {
  const rows: MatchFamilyRow[] = await manager.query(
    `SELECT ${FAMILY_COLUMNS} FROM family f
      WHERE f.status = 'waiting' AND ${CONSENT_GIVEN_SQL}
        AND NOT EXISTS (SELECT 1 FROM pairing p WHERE p.family_id = f.id AND p.state IN ${OPEN_STATES_SQL})
      ORDER BY f.waiting_since, f.id`,
  );
  if (rows.length === 0) return [];
  const members: (MemberRow & { family_id: string })[] = await manager.query(
    `SELECT m.family_id, ${MEMBER_COLUMNS} FROM family_member m
      WHERE m.family_id = ANY($1::uuid[]) ORDER BY m.family_id, m.position`,
    [rows.map((r) => r.id)],
  );
  const byFamily = new Map<string, MemberRow[]>();
  for (const m of members) {
    const list = byFamily.get(m.family_id) ?? [];
    list.push(m);
    byFamily.set(m.family_id, list);
  }
  return rows.map((row) => {
    const own = byFamily.get(row.id) ?? [];
    return { row, members: own, family: toMatchFamily(row, own) };
  });
}
