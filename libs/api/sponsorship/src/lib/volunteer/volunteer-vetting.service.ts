import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import {
  CommonErrorCode,
  SponsorshipErrorCode,
  type ChangeVolunteerStatusRequest,
  type RecordCertificateRequest,
  type RecordVettingStepRequest,
  type VettingStepKind,
  type VolunteerDetail,
  type VolunteerStatus,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { countOpenPairings } from '../pairing/open-pairings';
import { todayInBorken } from './calendar-dates';
import { certificateDateProblems, certificateRenewalDueOn } from './certificate-dates';
import { approvalBlockers } from './volunteer-approval';
import { loadVolunteerDetail } from './volunteer-rows';
import {
  canChangeVolunteerStatus,
  STATUSES_NEEDING_REASON,
  STATUSES_WITHOUT_CERTIFICATE,
} from './volunteer-status-transitions';
import { VolunteerException, VolunteerNotFoundException } from './volunteer.exception';

/** `volunteer.<status>` with the audit log's hyphenated verbs (`in_vetting` → `volunteer.in-vetting`). */
const statusAction = (status: VolunteerStatus) => `volunteer.${status.replace(/_/g, '-')}` as const;

/**
 * Staff commands on a volunteer: vetting steps, the § 72a ledger and status changes. Each runs in one
 * transaction that first locks the volunteer row (the aggregate), then writes its audit entry.
 */
@Injectable()
export class VolunteerVettingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** Records (or corrects the date of) a step; the first step moves `registered` → `in_vetting`. */
  async recordStep(
    actor: ActingUser,
    volunteerId: string,
    request: RecordVettingStepRequest,
  ): Promise<VolunteerDetail> {
    if (request.completedOn > todayInBorken())
      throw new ValidationFailedException({
        completedOn: ['completedOn must not be in the future'],
      });
    return this.dataSource.transaction(async (manager) => {
      const status = await lockVolunteer(manager, volunteerId);
      await manager.query(
        `INSERT INTO vetting_step (volunteer_id, kind, completed_on, recorded_by_id)
         VALUES ($1, $2, $3::date, $4)
         ON CONFLICT (volunteer_id, kind) DO UPDATE
           SET completed_on = EXCLUDED.completed_on, recorded_by_id = EXCLUDED.recorded_by_id`,
        [volunteerId, request.kind, request.completedOn, actor.id],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'volunteer.vetting-step-recorded',
        subjectType: 'volunteer',
        subjectId: volunteerId,
        details: { kind: request.kind },
        requestId: actor.requestId,
      });
      if (status === 'registered')
        await this.setStatus(manager, actor, volunteerId, status, 'in_vetting', null);
      return this.detailIn(manager, volunteerId);
    });
  }

  /**
   * Records an inspection, replacing (and so deleting) the previous entry. Audited as `certificate.recorded`
   * without dates or the result: the ledger itself is the record.
   */
  async recordCertificate(
    actor: ActingUser,
    volunteerId: string,
    request: RecordCertificateRequest,
  ): Promise<VolunteerDetail> {
    const problems = certificateDateProblems(request, todayInBorken());
    if (Object.keys(problems).length > 0)
      throw new VolunteerException(SponsorshipErrorCode.CertificateDatesInvalid, problems);
    return this.dataSource.transaction(async (manager) => {
      const status = await lockVolunteer(manager, volunteerId);
      if (STATUSES_WITHOUT_CERTIFICATE.includes(status))
        throw new VolunteerException(CommonErrorCode.Conflict, { status });
      const [{ replaced }]: { replaced: boolean }[] = await manager.query(
        `INSERT INTO conduct_certificate_check
                (volunteer_id, issued_on, inspected_on, relevant_entry, renewal_due_on, recorded_by_id)
         VALUES ($1, $2::date, $3::date, $4, $5::date, $6)
         ON CONFLICT (volunteer_id) DO UPDATE SET
           issued_on = EXCLUDED.issued_on, inspected_on = EXCLUDED.inspected_on,
           relevant_entry = EXCLUDED.relevant_entry, renewal_due_on = EXCLUDED.renewal_due_on,
           recorded_by_id = EXCLUDED.recorded_by_id, created_at = now()
         RETURNING (xmax <> 0) AS replaced`,
        [
          volunteerId,
          request.issuedOn,
          request.inspectedOn,
          request.relevantEntry,
          certificateRenewalDueOn(request.issuedOn),
          actor.id,
        ],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'certificate.recorded',
        subjectType: 'volunteer',
        subjectId: volunteerId,
        details: { replaced },
        requestId: actor.requestId,
      });
      return this.detailIn(manager, volunteerId);
    });
  }

  /** A status change along VOLUNTEER_STATUS_TRANSITIONS, with its guards (reason, approval, ledger deletion). */
  async changeStatus(
    actor: ActingUser,
    volunteerId: string,
    request: ChangeVolunteerStatusRequest,
  ): Promise<VolunteerDetail> {
    const reason = request.reason ?? null;
    if (STATUSES_NEEDING_REASON.includes(request.status) && reason === null)
      throw new ValidationFailedException({ reason: ['reason is required for this status'] });
    return this.dataSource.transaction(async (manager) => {
      const from = await lockVolunteer(manager, volunteerId);
      if (!canChangeVolunteerStatus(from, request.status))
        throw new VolunteerException(SponsorshipErrorCode.VolunteerInvalidTransition, {
          from,
          to: request.status,
        });
      if (request.status === 'inactive') {
        // the row lock also holds back offers, so no pairing can open until this commits
        const openPairings = await countOpenPairings(manager, volunteerId);
        if (openPairings > 0)
          throw new VolunteerException(SponsorshipErrorCode.VolunteerHasOpenPairings, {
            openPairings,
          });
      }
      if (request.status === 'approved') {
        const steps: { kind: VettingStepKind }[] = await manager.query(
          `SELECT kind FROM vetting_step WHERE volunteer_id = $1`,
          [volunteerId],
        );
        const certificates: { relevant_entry: boolean }[] = await manager.query(
          `SELECT relevant_entry FROM conduct_certificate_check WHERE volunteer_id = $1`,
          [volunteerId],
        );
        const blockers = approvalBlockers(
          steps.map((s) => s.kind),
          certificates[0] ? { relevantEntry: certificates[0].relevant_entry } : null,
        );
        if (blockers)
          throw new VolunteerException(SponsorshipErrorCode.VettingIncomplete, blockers);
      }
      await this.setStatus(manager, actor, volunteerId, from, request.status, reason);
      return this.detailIn(manager, volunteerId);
    });
  }

  /**
   * Writes the change (compare-and-swap on the locked row) and its audit entry; for rejected/withdrawn the
   * certificate entry is deleted at once, since the person does not start (§ 72a practice).
   */
  private async setStatus(
    manager: EntityManager,
    actor: ActingUser,
    volunteerId: string,
    from: VolunteerStatus,
    to: VolunteerStatus,
    reason: string | null,
  ): Promise<void> {
    const [, changed]: [unknown, number] = await manager.query(
      `UPDATE volunteer SET status = $3, status_reason = $4, updated_at = now()
        WHERE id = $1 AND status = $2`,
      [volunteerId, from, to, reason],
    );
    if (changed !== 1) throw new Error(`volunteer ${volunteerId} changed under its row lock`);
    let certificateDeleted = false;
    if (STATUSES_WITHOUT_CERTIFICATE.includes(to)) {
      const [, deleted]: [unknown, number] = await manager.query(
        `DELETE FROM conduct_certificate_check WHERE volunteer_id = $1`,
        [volunteerId],
      );
      certificateDeleted = deleted > 0;
    }
    await this.audit.record(manager, {
      actorId: actor.id,
      action: statusAction(to),
      subjectType: 'volunteer',
      subjectId: volunteerId,
      details: { from, to, certificateDeleted },
      requestId: actor.requestId,
    });
  }

  private async detailIn(manager: EntityManager, volunteerId: string): Promise<VolunteerDetail> {
    const detail = await loadVolunteerDetail(manager, volunteerId);
    if (!detail) throw new VolunteerNotFoundException();
    return detail;
  }
}

/** Locks the volunteer row for the rest of the transaction and returns its status; 404 when there is none. */
async function lockVolunteer(
  manager: EntityManager,
  volunteerId: string,
): Promise<VolunteerStatus> {
  const rows: { status: VolunteerStatus }[] = await manager.query(
    `SELECT status FROM volunteer WHERE id = $1 FOR UPDATE`,
    [volunteerId],
  );
  if (!rows[0]) throw new VolunteerNotFoundException();
  return rows[0].status;
}
