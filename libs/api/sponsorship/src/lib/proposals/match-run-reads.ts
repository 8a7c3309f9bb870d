import type {
  BorkenDistrict,
  MatchComponent,
  MatchProposalItem,
  MatchRunKind,
  MatchRunResponse,
  MatchWeights,
  ProposalStatus,
  ScoreBreakdown,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { roundToTenth } from './match-run-summary';

interface RunRow {
  id: string;
  kind: MatchRunKind;
  settings_version: number | null;
  weights: MatchWeights;
  family_count: number;
  volunteer_count: number;
  total_score: number;
  component_shares: Record<MatchComponent, number>;
  duration_ms: number;
  created_at: Date;
  created_by_id: string | null;
  created_by_name: string | null;
}

interface ProposalRow {
  id: string;
  run_id: string;
  status: ProposalStatus;
  breakdown: ScoreBreakdown;
  distance_km: number;
  reason: string | null;
  decided_at: Date | null;
  decided_by_id: string | null;
  decided_by_name: string | null;
  family_id: string;
  contact_name: string;
  family_district: BorkenDistrict;
  waiting_since: Date;
  volunteer_id: string;
  volunteer_name: string;
  volunteer_district: BorkenDistrict;
  pairing_id: string | null;
}

const RUN_SQL = `SELECT r.id, r.kind, r.settings_version, r.weights, r.family_count, r.volunteer_count, r.total_score,
       r.component_shares, r.duration_ms, r.created_at, r.created_by_id, u.display_name AS created_by_name
  FROM match_run r LEFT JOIN user_account u ON u.id = r.created_by_id`;

/** Proposals with the current decision and the pairing offered from it (`pairing.proposal_id` is unique). */
const PROPOSALS_SQL = `SELECT p.id, p.run_id, p.status, p.breakdown, p.distance_km, p.reason, p.decided_at,
       p.decided_by_id, d.display_name AS decided_by_name,
       f.id AS family_id, f.contact_name, f.district AS family_district, f.waiting_since,
       v.id AS volunteer_id, vu.display_name AS volunteer_name, v.district AS volunteer_district,
       pr.id AS pairing_id
  FROM match_proposal p
  JOIN family f ON f.id = p.family_id
  JOIN volunteer v ON v.id = p.volunteer_id
  JOIN user_account vu ON vu.id = v.user_id
  LEFT JOIN user_account d ON d.id = p.decided_by_id
  LEFT JOIN pairing pr ON pr.proposal_id = p.id`;

export type MatchRunBody = Omit<MatchRunResponse, 'unassigned'>;

function toProposalItem(row: ProposalRow): MatchProposalItem {
  return {
    id: row.id,
    status: row.status,
    family: {
      id: row.family_id,
      contactName: row.contact_name,
      district: row.family_district,
      waitingSince: row.waiting_since.toISOString(),
    },
    volunteer: {
      id: row.volunteer_id,
      displayName: row.volunteer_name,
      district: row.volunteer_district,
    },
    score: row.breakdown,
    distanceKm: roundToTenth(Number(row.distance_km)),
    decidedAt: row.decided_at?.toISOString() ?? null,
    decidedBy:
      row.decided_by_id && row.decided_by_name !== null
        ? { id: row.decided_by_id, displayName: row.decided_by_name }
        : null,
    reason: row.reason,
    pairingId: row.pairing_id,
  };
}

/** One proposal as staff see it; null when there is no such proposal. */
export async function loadProposalItem(
  manager: EntityManager,
  proposalId: string,
): Promise<MatchProposalItem | null> {
  const [row]: ProposalRow[] = await manager.query(`${PROPOSALS_SQL} WHERE p.id = $1`, [
    proposalId,
  ]);
  return row ? toProposalItem(row) : null;
}

async function loadRun(manager: EntityManager, where: string, params: unknown[]) {
  const [run]: RunRow[] = await manager.query(`${RUN_SQL} ${where}`, params);
  if (!run) return null;
  // longest waiting first, as the run assigned them
  const proposals: ProposalRow[] = await manager.query(
    `${PROPOSALS_SQL} WHERE p.run_id = $1 ORDER BY f.waiting_since, f.id`,
    [run.id],
  );
  return {
    id: run.id,
    kind: run.kind,
    createdAt: run.created_at.toISOString(),
    createdBy:
      run.created_by_id && run.created_by_name !== null
        ? { id: run.created_by_id, displayName: run.created_by_name }
        : null,
    weightsVersion: run.settings_version,
    weights: run.weights,
    familyCount: run.family_count,
    volunteerCount: run.volunteer_count,
    totalScore: Number(run.total_score),
    componentShares: run.component_shares,
    proposals: proposals.map(toProposalItem),
    durationMs: run.duration_ms,
  } satisfies MatchRunBody;
}

/** A run of either kind with its proposals; null when there is none. */
export function loadMatchRunById(
  manager: EntityManager,
  runId: string,
): Promise<MatchRunBody | null> {
  return loadRun(manager, 'WHERE r.id = $1', [runId]);
}

/** The newest batch run (the one staff work from; earlier batch proposals are superseded by it). */
export function loadLatestBatchRun(manager: EntityManager): Promise<MatchRunBody | null> {
  return loadRun(
    manager,
    `WHERE r.kind = 'batch' ORDER BY r.created_at DESC, r.id DESC LIMIT 1`,
    [],
  );
}
