import { Injectable } from '@nestjs/common';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import {
  SponsorshipErrorCode,
  type MatchProposalItem,
  type ProposalStatus,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { loadProposalItem } from './match-run-reads';
import type { RejectProposalDto } from './match-run.dto';
import { ProposalException, ProposalNotFoundException } from './proposal.exception';

/**
 * Staff decide against a proposal ("not this pair"), with a reason. Compare-and-swap on `status = 'open'`, so a
 * reject racing an offer of the same proposal leaves exactly one decision. The pair is not excluded for good:
 * a later run may propose it again (a pair exclusion is for declines and dissolved pairings).
 */
@Injectable()
export class ProposalDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  reject(
    actor: ActingUser,
    proposalId: string,
    request: RejectProposalDto,
  ): Promise<MatchProposalItem> {
    return this.dataSource.transaction(async (manager) => {
      const changed: { run_id: string; family_id: string; volunteer_id: string }[] =
        await manager.query(
          `WITH decided AS (
             UPDATE match_proposal SET status = 'rejected', reason = $2, decided_by_id = $3, decided_at = now()
              WHERE id = $1 AND status = 'open'
              RETURNING run_id, family_id, volunteer_id)
           SELECT * FROM decided`,
          [proposalId, request.reason, actor.id],
        );
      if (changed.length === 0) {
        const [current]: { status: ProposalStatus }[] = await manager.query(
          `SELECT status FROM match_proposal WHERE id = $1`,
          [proposalId],
        );
        if (!current) throw new ProposalNotFoundException();
        throw new ProposalException(SponsorshipErrorCode.ProposalNotOpen, {
          status: current.status,
        });
      }
      const [{ run_id, family_id, volunteer_id }] = changed;
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'sponsorship.proposal-rejected',
        subjectType: 'match_proposal',
        subjectId: proposalId,
        details: { runId: run_id, familyId: family_id, volunteerId: volunteer_id },
        requestId: actor.requestId,
      });
      const item = await loadProposalItem(manager, proposalId);
      if (!item) throw new Error(`proposal ${proposalId} vanished inside its own transaction`);
      return item;
    });
  }
}
