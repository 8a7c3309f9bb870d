import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import type { MatchRunResponse, MatchWeights } from '@zusammen/shared/contracts';
import {
  assignBatch,
  districtDistanceKm,
  normaliseMatchWeights,
  type AssignmentResult,
  type MatchVolunteer,
} from '@zusammen/shared/util';
import { DataSource, type EntityManager } from 'typeorm';
import { borkenTodayFromDatabase } from '../matching/family-candidates.service';
import {
  type LoadedFamily,
  loadMatchVolunteers,
  loadWaitingMatchFamilies,
} from '../matching/match-inputs';
import { loadCurrentSettings } from '../settings/current-settings';
import { toMatchWeights, weightsProblems } from '../settings/settings-rules';
import { loadLatestBatchRun, loadMatchRunById, type MatchRunBody } from './match-run-reads';
import { clampScore, feasibleCounts } from './match-run-summary';
import type { StartMatchRunDto } from './match-run.dto';
import { MatchRunNotFoundException } from './proposal.exception';

type Unassigned = MatchRunResponse['unassigned'];

/**
 * Batch proposals (sponsorship.md § 6, "Batch assignment"): every waiting family with consent and without an
 * open pairing against every volunteer profile, solved exactly by the matching core (maximum total score,
 * edges only where H1–H7 pass and score ≥ τ). The run and one open proposal per assigned family are stored in
 * one transaction, read from one snapshot. Proposals never become pairings here: staff offer them (or not).
 * Earlier batch runs stay as they were; the newest one is what staff see, and an offer refuses proposals the
 * people changed after.
 */
@Injectable()
export class MatchRunsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async start(actor: ActingUser, request: StartMatchRunDto): Promise<MatchRunResponse> {
    const trial = request.weights ? toMatchWeights(request.weights) : null;
    if (trial) {
      const problems = weightsProblems({ ...trial });
      if (Object.keys(problems).length > 0) throw new ValidationFailedException(problems);
    }
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const startedAt = performance.now();
      const settings = await loadCurrentSettings(manager);
      const weights = trial ? normaliseMatchWeights(trial) : settings.normalisedWeights;
      const families = await loadWaitingMatchFamilies(manager);
      const { volunteers } = await loadMatchVolunteers(manager);
      const today = await borkenTodayFromDatabase(manager);
      const result = assignBatch(
        families.map((f) => f.family),
        volunteers,
        weights,
        today,
        { threshold: settings.minScore },
      );
      const durationMs = Math.round(performance.now() - startedAt);

      const runId = await insertRun(manager, actor, {
        settingsVersion: trial ? null : settings.version,
        weights,
        familyCount: families.length,
        volunteerCount: volunteers.length,
        result,
        durationMs,
      });
      await insertProposals(manager, runId, result, families, volunteers);
      const unassigned = unassignedOf(result, families, volunteers, today);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'sponsorship.match-run',
        subjectType: 'match_run',
        subjectId: runId,
        details: {
          settingsVersion: trial ? null : settings.version,
          familyCount: families.length,
          volunteerCount: volunteers.length,
          proposalCount: result.assignments.length,
          unassignedCount: unassigned.length,
        },
        requestId: actor.requestId,
      });
      const body = await loadMatchRunById(manager, runId);
      if (!body) throw new Error(`match run ${runId} vanished inside its own transaction`);
      return { ...body, unassigned };
    });
  }

  latest(actor: ActingUser): Promise<MatchRunResponse> {
    return this.read(actor, (manager) => loadLatestBatchRun(manager));
  }

  byId(actor: ActingUser, runId: string): Promise<MatchRunResponse> {
    return this.read(actor, (manager) => loadMatchRunById(manager, runId));
  }

  /**
   * A stored run with its proposals and their current decisions. The schema keeps no list of the families a
   * batch run left out, so `unassigned` is worked out now: the families waiting today without a proposal in
   * this run, with today's feasible counts (empty for single runs). Audited like the candidates view: it shows
   * volunteers' names next to families.
   */
  private read(
    actor: ActingUser,
    load: (manager: EntityManager) => Promise<MatchRunBody | null>,
  ): Promise<MatchRunResponse> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const body = await load(manager);
      if (!body) throw new MatchRunNotFoundException();
      let unassigned: Unassigned = [];
      if (body.kind === 'batch') {
        const proposed = new Set(body.proposals.map((p) => p.family.id));
        const families = (await loadWaitingMatchFamilies(manager)).filter(
          (f) => !proposed.has(f.row.id),
        );
        if (families.length > 0) {
          const { volunteers } = await loadMatchVolunteers(manager);
          const today = await borkenTodayFromDatabase(manager);
          const counts = feasibleCounts(
            families.map((f) => f.family),
            volunteers,
            today,
          );
          unassigned = families.map((f, i) => ({
            familyId: f.row.id,
            contactName: f.row.contact_name,
            feasibleCount: counts[i],
          }));
        }
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'sponsorship.match-run-viewed',
        subjectType: 'match_run',
        subjectId: body.id,
        details: { proposalCount: body.proposals.length, unassignedCount: unassigned.length },
        requestId: actor.requestId,
      });
      return { ...body, unassigned };
    });
  }
}

async function insertRun(
  manager: EntityManager,
  actor: ActingUser,
  run: {
    settingsVersion: number | null;
    weights: MatchWeights;
    familyCount: number;
    volunteerCount: number;
    result: AssignmentResult;
    durationMs: number;
  },
): Promise<string> {
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO match_run (kind, settings_version, weights, family_count, volunteer_count, total_score,
                            component_shares, duration_ms, created_by_id)
     VALUES ('batch', $1, $2::jsonb, $3, $4, $5, $6::jsonb, $7, $8) RETURNING id`,
    [
      run.settingsVersion,
      JSON.stringify(run.weights),
      run.familyCount,
      run.volunteerCount,
      run.result.totalScore,
      JSON.stringify(run.result.componentShares),
      run.durationMs,
      actor.id,
    ],
  );
  return id;
}

/** One statement for every proposal of the run (status `open`). */
async function insertProposals(
  manager: EntityManager,
  runId: string,
  result: AssignmentResult,
  families: readonly LoadedFamily[],
  volunteers: readonly MatchVolunteer[],
): Promise<void> {
  if (result.assignments.length === 0) return;
  const familyById = new Map(families.map((f) => [f.row.id, f.family]));
  const volunteerById = new Map(volunteers.map((v) => [v.id, v]));
  const rows = result.assignments.map(({ familyId, volunteerId, score }) => {
    const family = familyById.get(familyId);
    const volunteer = volunteerById.get(volunteerId);
    if (!family || !volunteer)
      throw new Error(`assigned pair ${familyId}/${volunteerId} was not loaded`);
    const total = clampScore(score.total);
    return {
      family_id: familyId,
      volunteer_id: volunteerId,
      score: total,
      breakdown: { ...score, total },
      distance_km: districtDistanceKm(volunteer.district, family.district),
    };
  });
  await manager.query(
    `INSERT INTO match_proposal (run_id, family_id, volunteer_id, score, breakdown, distance_km)
     SELECT $1, x.family_id, x.volunteer_id, x.score, x.breakdown, x.distance_km
       FROM jsonb_to_recordset($2::jsonb)
         AS x(family_id uuid, volunteer_id uuid, score double precision, breakdown jsonb,
              distance_km double precision)`,
    [runId, JSON.stringify(rows)],
  );
}

/** The families the run left out, longest waiting first, with how many volunteers were feasible for each. */
function unassignedOf(
  result: AssignmentResult,
  families: readonly LoadedFamily[],
  volunteers: readonly MatchVolunteer[],
  today: string,
): Unassigned {
  const byId = new Map(families.map((f) => [f.row.id, f]));
  const left = result.unassignedFamilyIds.map((id) => {
    const family = byId.get(id);
    if (!family) throw new Error(`unassigned family ${id} was not loaded`);
    return family;
  });
  const counts = feasibleCounts(
    left.map((f) => f.family),
    volunteers,
    today,
  );
  return left.map((f, i) => ({
    familyId: f.row.id,
    contactName: f.row.contact_name,
    feasibleCount: counts[i],
  }));
}
