import { Injectable } from '@nestjs/common';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import type { FamilyCandidate, FamilyCandidatesResponse } from '@zusammen/shared/contracts';
import {
  DEFAULT_MATCH_WEIGHTS,
  districtDistanceKm,
  normaliseMatchWeights,
  topCandidates,
} from '@zusammen/shared/util';
import { DataSource, type EntityManager } from 'typeorm';
import { CONSENT_GIVEN_SQL, MEMBER_COLUMNS, type MemberRow } from '../family/family-rows';
import { FamilyNotFoundException } from '../family/family.exception';
import { todayInBorken } from '../volunteer/calendar-dates';
import {
  toMatchFamily,
  toMatchVolunteer,
  type MatchFamilyRow,
  type MatchVolunteerRow,
} from './match-input-mapping';

/** How many candidates the staff view shows (sponsorship.md § 6, top-k). */
export const CANDIDATE_COUNT = 5;

const FAMILY_SQL = `SELECT f.id, f.contact_name, f.status, f.district, f.languages, f.needs, f.availability,
       f.volunteer_gender_preference, f.interpreter_available, f.urgent, f.waiting_since,
       ${CONSENT_GIVEN_SQL} AS consent_given
  FROM family f WHERE f.id = $1`;

/** Every volunteer profile with its name and certificate in one query (the ledger has one row per volunteer). */
const VOLUNTEERS_SQL = `SELECT v.id, v.status, v.capacity, v.languages, v.district, v.max_distance_km,
       v.availability, v.support_areas, v.accepts_families_with_children, v.gender_preference,
       u.display_name, c.relevant_entry AS certificate_relevant_entry,
       c.renewal_due_on::text AS certificate_renewal_due_on
  FROM volunteer v
  JOIN user_account u ON u.id = v.user_id
  LEFT JOIN conduct_certificate_check c ON c.volunteer_id = v.id
 ORDER BY v.id`;

/** Distances are coarse (district centres ±1 km): one decimal is all they can say. */
const roundToTenth = (km: number) => Math.round(km * 10) / 10;

/**
 * "Who could support this family?": the hard filters and the score of the pure matching core over every
 * volunteer profile, the best CANDIDATE_COUNT with their breakdowns and the "why no candidate?" counters.
 * Read-only, but audited as `family.matched`: it shows volunteers' names next to a family. Weights are the
 * defaults until the programme lead can configure them; the response carries them so a proposal made from
 * it can be evaluated later.
 */
@Injectable()
export class FamilyCandidatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async candidates(actor: ActingUser, familyId: string): Promise<FamilyCandidatesResponse> {
    // one snapshot, so the family, its members and the volunteers are read as of the same moment
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [familyRow]: MatchFamilyRow[] = await manager.query(FAMILY_SQL, [familyId]);
      if (!familyRow) throw new FamilyNotFoundException();
      const members: MemberRow[] = await manager.query(
        `SELECT ${MEMBER_COLUMNS} FROM family_member m WHERE m.family_id = $1 ORDER BY m.position`,
        [familyId],
      );
      const volunteerRows: MatchVolunteerRow[] = await manager.query(VOLUNTEERS_SQL);
      const today = await borkenTodayFromDatabase(manager);
      const weights = normaliseMatchWeights(DEFAULT_MATCH_WEIGHTS);

      const family = toMatchFamily(familyRow, members);
      const volunteers = volunteerRows.map(toMatchVolunteer);
      const result = topCandidates(family, volunteers, weights, today, CANDIDATE_COUNT);
      const indexById = new Map(volunteerRows.map((row, index) => [row.id, index]));
      const candidates = result.candidates.map(({ volunteerId, score }): FamilyCandidate => {
        const index = indexById.get(volunteerId);
        if (index === undefined) throw new Error(`ranked volunteer ${volunteerId} was not loaded`);
        const row = volunteerRows[index];
        return {
          volunteer: {
            id: row.id,
            displayName: row.display_name,
            district: row.district,
            languages: row.languages,
            freeCapacity: volunteers[index].freeCapacity,
          },
          distanceKm: roundToTenth(districtDistanceKm(row.district, family.district)),
          score,
        };
      });

      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'family.matched',
        subjectType: 'family',
        subjectId: familyId,
        // counts only: the names shown are not repeated in the log
        details: { candidateCount: candidates.length, feasibleCount: result.feasibleCount },
        requestId: actor.requestId,
      });
      return {
        familyId,
        candidates,
        consideredCount: volunteerRows.length,
        feasibleCount: result.feasibleCount,
        exclusions: result.exclusions,
        weights,
        today,
      };
    });
  }
}

/** Borken's date on the database clock (as the family's consent dates are checked), not the app server's. */
async function borkenTodayFromDatabase(manager: EntityManager): Promise<string> {
  const [{ now }]: { now: Date }[] = await manager.query(`SELECT now() AS now`);
  return todayInBorken(now);
}
