import type {
  MatchComponent,
  MatchProposalItem,
  MatchRunResponse,
  ScoreBreakdown,
} from '@zusammen/shared/contracts';
import { MATCH_COMPONENTS } from '@zusammen/shared/contracts';

// Test data of the proposals page (imported by specs only).

export const RUN_WEIGHTS: Record<MatchComponent, number> = {
  language: 0.25,
  proximity: 0.2,
  availability: 0.15,
  lifeStage: 0.1,
  needsFit: 0.15,
  waitingBonus: 0.1,
  urgency: 0.05,
};

/** A score whose components are all met to `share`, so its total equals `share`. */
export function evenScore(share: number): ScoreBreakdown {
  const components = Object.fromEntries(
    MATCH_COMPONENTS.map((c) => [
      c,
      { value: share, weight: RUN_WEIGHTS[c], contribution: share * RUN_WEIGHTS[c] },
    ]),
  ) as ScoreBreakdown['components'];
  return { total: share, components };
}

export function proposalItem(
  id: string,
  changes: Partial<MatchProposalItem> = {},
): MatchProposalItem {
  return {
    id,
    status: 'open',
    family: {
      id: `f-${id}`,
      contactName: `Familie ${id}`,
      district: 'gemen',
      waitingSince: '2026-09-01',
    },
    volunteer: { id: `v-${id}`, displayName: `Pate ${id}`, district: 'burlo' },
    score: evenScore(0.8),
    distanceKm: 4.26,
    decidedAt: null,
    decidedBy: null,
    reason: null,
    pairingId: null,
    ...changes,
  };
}

export function matchRun(changes: Partial<MatchRunResponse> = {}): MatchRunResponse {
  return {
    id: 'run-1',
    kind: 'batch',
    createdAt: '2026-11-26T09:15:00.000Z',
    createdBy: { id: 'u1', displayName: 'Maria Koordination' },
    weightsVersion: 3,
    weights: RUN_WEIGHTS,
    familyCount: 5,
    volunteerCount: 4,
    totalScore: 1.42,
    componentShares: {
      language: 0.3,
      proximity: 0.25,
      availability: 0.1,
      lifeStage: 0.1,
      needsFit: 0.15,
      waitingBonus: 0.1,
      urgency: 0,
    },
    proposals: [
      proposalItem('p1', {
        family: {
          id: 'f1',
          contactName: 'Amal Haddad',
          district: 'weseke',
          waitingSince: '2026-08-15',
        },
        volunteer: { id: 'v1', displayName: 'Anna Terhorst', district: 'weseke' },
        score: evenScore(0.82),
      }),
      proposalItem('p2', {
        status: 'rejected',
        score: evenScore(0.6),
        decidedAt: '2026-11-26T10:00:00.000Z',
        decidedBy: { id: 'u1', displayName: 'Maria Koordination' },
        reason: 'Arbeitet nur abends',
      }),
    ],
    unassigned: [
      { familyId: 'f8', contactName: 'Reza Karimi', feasibleCount: 0 },
      { familyId: 'f9', contactName: 'Olena Petrenko', feasibleCount: 2 },
    ],
    durationMs: 42,
    ...changes,
  };
}
