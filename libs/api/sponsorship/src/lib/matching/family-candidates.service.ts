import { Injectable } from '@nestjs/common';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import type { FamilyCandidate, FamilyCandidatesResponse } from '@zusammen/shared/contracts';
import { districtDistanceKm, topCandidates } from '@zusammen/shared/util';
import { DataSource, type EntityManager } from 'typeorm';
import { FamilyNotFoundException } from '../family/family.exception';
import { loadCurrentSettings } from '../settings/current-settings';
import { todayInBorken } from '../volunteer/calendar-dates';
import { loadMatchFamily, loadMatchVolunteers } from './match-inputs';

/** How many candidates the staff view shows (sponsorship.md § 6, top-k). */
export const CANDIDATE_COUNT = 5;

/** Distances are coarse (district centres ±1 km): one decimal is all they can say. */
const roundToTenth = (km: number) => Math.round(km * 10) / 10;

/**
 * "Who could support this family?": the hard filters and the score of the pure matching core over every
 * volunteer profile, the best CANDIDATE_COUNT with their breakdowns and the "why no candidate?" counters.
 * Read-only, but audited as `family.matched`: it shows volunteers' names next to a family. Weights are the
 * current settings version; the response carries them and the version, and an offer made from it stores
 * its own proposal row with the weights it was scored with.
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
      const loaded = await loadMatchFamily(manager, familyId);
      if (!loaded) throw new FamilyNotFoundException();
      const { family } = loaded;
      const { rows: volunteerRows, volunteers } = await loadMatchVolunteers(manager);
      const today = await borkenTodayFromDatabase(manager);
      const settings = await loadCurrentSettings(manager);
      const weights = settings.normalisedWeights;

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
        weightsVersion: settings.version,
        today,
      };
    });
  }
}

/** Borken's date on the database clock (as the family's consent dates are checked), not the app server's. */
export async function borkenTodayFromDatabase(manager: EntityManager): Promise<string> {
  const [{ now }]: { now: Date }[] = await manager.query(`SELECT now() AS now`);
  return todayInBorken(now);
}
