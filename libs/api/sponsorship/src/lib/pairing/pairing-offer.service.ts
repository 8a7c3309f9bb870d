import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import { NotificationOutbox } from '@zusammen/api/notifications';
import {
  MATCH_COMPONENTS,
  SponsorshipErrorCode,
  type MatchComponent,
  type PairingDetail,
  type ProposalStatus,
  type ScoreBreakdown,
} from '@zusammen/shared/contracts';
import {
  districtDistanceKm,
  firstFailingFilter,
  scorePair,
  topCandidates,
  type MatchFamily,
  type MatchVolunteer,
} from '@zusammen/shared/util';
import { DataSource, type EntityManager } from 'typeorm';
import { loadMatchFamily, loadMatchVolunteer, loadMatchVolunteers } from '../matching/match-inputs';
import { loadPairingDetail } from '../pairing-views/pairing-detail';
import { loadCurrentSettings } from '../settings/current-settings';
import { offerFailure, offerRequestProblems, overrideReasonRequired } from './offer-rules';
import type { OfferPairingDto } from './pairing.dto';
import { PairingException, PairingNotFoundException } from './pairing.exception';
import { databaseClock, isUniqueViolation, lockFamilyRow, lockVolunteerRow } from './pairing-locks';
import { pairingAuditAction } from './pairing-transition-rules';

interface ProposalRow {
  id: string;
  family_id: string;
  volunteer_id: string;
  status: ProposalStatus;
  created_at: Date;
}

/** The proposal a pairing is offered from: an open batch one, or the single-run one a free choice creates. */
interface OfferedProposal {
  id: string;
  overridden: boolean;
}

/**
 * Staff offer a family to a volunteer (sponsorship.md § 6, "Offer transaction"), in one transaction:
 * lock the volunteer row, then the family row; check the proposal (open, not stale); re-run H1–H7 on the locked
 * rows; for a free choice score it, ask for a reason when it departs from the suggestion and record a single
 * match run with its proposal; then insert the pairing, its first transition, the family's new status, the
 * volunteer's notification and the audit entry. Invariant 1 holds because every offer to a volunteer waits
 * for the previous one's lock and then counts the committed pairings; invariant 2 is also the partial
 * unique index, whose violation answers like the H7 check.
 */
@Injectable()
export class PairingOfferService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly outbox: NotificationOutbox,
  ) {}

  async offer(actor: ActingUser, request: OfferPairingDto): Promise<PairingDetail> {
    const problems = offerRequestProblems(request);
    if (Object.keys(problems).length > 0) throw new ValidationFailedException(problems);
    const startedAt = Date.now();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const proposal =
          request.proposalId === undefined ? null : await findProposal(manager, request.proposalId);
        const volunteerId = proposal?.volunteer_id ?? (request.volunteerId as string);
        const familyId = proposal?.family_id ?? (request.familyId as string);

        const volunteerRow = await lockVolunteerRow(manager, volunteerId);
        await lockFamilyRow(manager, familyId);
        if (proposal) await checkProposal(manager, proposal.id, volunteerId, familyId);

        const clock = await databaseClock(manager);
        const volunteer = await loadMatchVolunteer(manager, volunteerId);
        const family = await loadMatchFamily(manager, familyId);
        if (!volunteer || !family) throw new Error('locked volunteer or family vanished');
        const failure = offerFailure(
          firstFailingFilter(volunteer.volunteer, family.family, clock.today),
          {
            volunteerEligible: volunteer.volunteer.eligible,
            capacity: volunteer.row.capacity,
            openPairings: volunteer.row.open_pairings,
            familyHasOpenPairing: family.row.has_open_pairing,
            consentGiven: family.row.consent_given,
          },
        );
        if (failure) throw new PairingException(failure.code, failure.details);

        const offered: OfferedProposal = proposal
          ? await this.markProposalOffered(manager, actor, proposal.id, familyId)
          : await this.recordFreeChoice(manager, actor, {
              chosen: volunteer.volunteer,
              family: family.family,
              overrideReason: request.overrideReason ?? null,
              today: clock.today,
              startedAt,
            });

        const [{ id: pairingId }]: { id: string }[] = await manager.query(
          `INSERT INTO pairing (volunteer_id, family_id, proposal_id, coordinator_id, commitment_months)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [volunteerId, familyId, offered.id, actor.id, request.commitmentMonths],
        );
        await manager.query(
          `INSERT INTO pairing_transition (pairing_id, from_state, to_state, action, by_id)
           VALUES ($1, NULL, 'offered', 'offer', $2)`,
          [pairingId, actor.id],
        );
        await manager.query(`UPDATE family SET status = 'in_pairing' WHERE id = $1`, [familyId]);
        await this.outbox.add(manager, {
          type: 'pairing-offered',
          recipientId: volunteerRow.user_id,
          // facts that name no one: the family's name and contact follow once the first meeting is arranged
          payload: {
            pairingId,
            district: family.family.district,
            memberCount: family.members.length,
            hasMinors: family.family.hasMinors,
            needs: family.family.needs,
          },
          idempotencyKey: `pairing-offered/${pairingId}`,
        });
        await this.audit.record(manager, {
          actorId: actor.id,
          action: pairingAuditAction('offered'),
          subjectType: 'pairing',
          subjectId: pairingId,
          details: {
            volunteerId,
            familyId,
            proposalId: offered.id,
            fromBatchProposal: proposal !== null,
            overridden: offered.overridden,
            commitmentMonths: request.commitmentMonths,
          },
          requestId: actor.requestId,
        });
        const detail = await loadPairingDetail(manager, pairingId, { kind: 'staff' });
        if (!detail) throw new PairingNotFoundException();
        return detail;
      });
    } catch (error: unknown) {
      // the family lock makes this unreachable in practice; the index stays the last word (invariant 2)
      if (isUniqueViolation(error, 'uq_pairing_family_id_open'))
        throw new PairingException(SponsorshipErrorCode.FamilyHasOpenPairing);
      throw error;
    }
  }

  /** The batch proposal becomes `offered`; older open proposals for the family are superseded by it. */
  private async markProposalOffered(
    manager: EntityManager,
    actor: ActingUser,
    proposalId: string,
    familyId: string,
  ): Promise<OfferedProposal> {
    await manager.query(
      `UPDATE match_proposal SET status = 'offered', decided_by_id = $2, decided_at = now()
        WHERE id = $1 AND status = 'open'`,
      [proposalId, actor.id],
    );
    await closeOpenProposals(manager, actor, familyId, null);
    return { id: proposalId, overridden: false };
  }

  /**
   * A free choice: scored with the current settings and compared with the suggestion (the family's best
   * candidate now, and any open batch proposal for it). Recorded as a single match run with one proposal,
   * status `offered`, carrying the override reason; open batch proposals for the family become `overridden`.
   */
  private async recordFreeChoice(
    manager: EntityManager,
    actor: ActingUser,
    choice: {
      chosen: MatchVolunteer;
      family: MatchFamily;
      overrideReason: string | null;
      today: string;
      startedAt: number;
    },
  ): Promise<OfferedProposal> {
    const settings = await loadCurrentSettings(manager, { forShare: true });
    const weights = settings.normalisedWeights;
    const { chosen, family } = choice;
    const { volunteers } = await loadMatchVolunteers(manager);
    const [top] = topCandidates(family, volunteers, weights, choice.today, 1).candidates;
    const openProposals: { volunteer_id: string }[] = await manager.query(
      `SELECT volunteer_id FROM match_proposal WHERE family_id = $1 AND status = 'open'`,
      [family.id],
    );
    const overridden = overrideReasonRequired({
      volunteerId: chosen.id,
      topCandidateId: top?.volunteerId ?? null,
      openProposalVolunteerIds: openProposals.map((p) => p.volunteer_id),
    });
    if (overridden && choice.overrideReason === null)
      throw new PairingException(SponsorshipErrorCode.OverrideReasonRequired, {
        suggestedVolunteerIds: [
          ...new Set([
            ...(top ? [top.volunteerId] : []),
            ...openProposals.map((p) => p.volunteer_id),
          ]),
        ].filter((id) => id !== chosen.id),
      });

    const score = scorePair(chosen, family, weights, choice.today);
    const total = clampScore(score.total);
    const [{ id: runId }]: { id: string }[] = await manager.query(
      `INSERT INTO match_run (kind, settings_version, weights, family_count, volunteer_count, total_score,
                              component_shares, duration_ms, created_by_id)
       VALUES ('single', $1, $2::jsonb, 1, $3, $4, $5::jsonb, $6, $7) RETURNING id`,
      [
        settings.version,
        JSON.stringify(weights),
        volunteers.length,
        total,
        JSON.stringify(componentShares(score)),
        Math.max(0, Date.now() - choice.startedAt),
        actor.id,
      ],
    );
    await closeOpenProposals(manager, actor, family.id, choice.overrideReason);
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO match_proposal (run_id, family_id, volunteer_id, score, breakdown, distance_km, status, reason,
                                   decided_by_id, decided_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, 'offered', $7, $8, now()) RETURNING id`,
      [
        runId,
        family.id,
        chosen.id,
        total,
        JSON.stringify({ ...score, total }),
        districtDistanceKm(chosen.district, family.district),
        choice.overrideReason,
        actor.id,
      ],
    );
    return { id, overridden };
  }
}

async function findProposal(manager: EntityManager, proposalId: string): Promise<ProposalRow> {
  const [row]: ProposalRow[] = await manager.query(
    `SELECT id, family_id, volunteer_id, status, created_at FROM match_proposal WHERE id = $1`,
    [proposalId],
  );
  if (!row) throw new PairingException(SponsorshipErrorCode.ProposalNotFound);
  return row;
}

/**
 * Under the volunteer and family locks: the proposal must still be open and younger than the last change of
 * either person (a change could alter the filters or the score it was made with). Compared in SQL, at the
 * database's microsecond precision.
 */
async function checkProposal(
  manager: EntityManager,
  proposalId: string,
  volunteerId: string,
  familyId: string,
): Promise<void> {
  const [row]: (ProposalRow & { volunteer_changed: boolean; family_changed: boolean })[] =
    await manager.query(
      `SELECT p.id, p.status, p.created_at < v.updated_at AS volunteer_changed,
              p.created_at < f.updated_at AS family_changed
         FROM match_proposal p, volunteer v, family f
        WHERE p.id = $1 AND v.id = $2 AND f.id = $3
          FOR UPDATE OF p`,
      [proposalId, volunteerId, familyId],
    );
  if (!row) throw new PairingException(SponsorshipErrorCode.ProposalNotFound);
  if (row.status !== 'open')
    throw new PairingException(SponsorshipErrorCode.ProposalNotOpen, { status: row.status });
  const changed = [
    ...(row.volunteer_changed ? ['volunteer'] : []),
    ...(row.family_changed ? ['family'] : []),
  ];
  if (changed.length > 0)
    throw new PairingException(SponsorshipErrorCode.ProposalStale, { changed });
}

/** Open proposals for the family are decided once it is offered: `overridden`, with staff's reason if any. */
async function closeOpenProposals(
  manager: EntityManager,
  actor: ActingUser,
  familyId: string,
  reason: string | null,
): Promise<void> {
  await manager.query(
    `UPDATE match_proposal SET status = 'overridden', reason = $3, decided_by_id = $2, decided_at = now()
      WHERE family_id = $1 AND status = 'open'`,
    [familyId, actor.id, reason],
  );
}

/** Floating-point sums can land a hair outside [0, 1]; the CHECK constraint allows exactly that range. */
function clampScore(total: number): number {
  return Math.min(1, Math.max(0, total));
}

function componentShares(score: ScoreBreakdown): Record<MatchComponent, number> {
  return Object.fromEntries(
    MATCH_COMPONENTS.map((c) => [
      c,
      score.total > 0 ? score.components[c].contribution / score.total : 0,
    ]),
  ) as Record<MatchComponent, number>;
}
