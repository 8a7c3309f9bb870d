import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import { NotificationOutbox } from '@zusammen/api/notifications';
import {
  PAIRING_TRANSITIONS,
  SponsorshipErrorCode,
  type CommitmentMonths,
  type EndKind,
  type NotificationPayloads,
  type PairExclusionCause,
  type PairingAction,
  type PairingActor,
  type PairingDetail,
  type PairingState,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { loadPairingDetail } from '../pairing-views/pairing-detail';
import { loadCurrentSettings } from '../settings/current-settings';
import type { PairingTransitionDto } from './pairing.dto';
import { PairingException, PairingNotFoundException } from './pairing.exception';
import { databaseClock, lockFamilyRow, lockVolunteerRow } from './pairing-locks';
import {
  deriveEndKind,
  exclusionCauseForEnd,
  familyStatusAfterEnd,
  isTransitionAllowed,
  pairingAuditAction,
  transitionInputProblems,
  transitionRecipients,
  type TransitionClock,
} from './pairing-transition-rules';

/** Actions that free the volunteer's capacity and change the family's status: they take both locks first. */
const ACTIONS_RELEASING_THE_PAIR: readonly PairingAction[] = ['decline', 'end'];

interface PairingRef {
  volunteer_id: string;
  family_id: string;
  volunteer_user_id: string;
}

interface LockedPairing {
  state: PairingState;
  coordinator_id: string | null;
  commitment_months: CommitmentMonths;
  trial_started_on: string | null;
  active_since: string | null;
}

/** Column assignments of one transition besides state, state_since and updated_at. */
type Assignments = Record<string, unknown>;

/**
 * One pairing transition (PAIRING_TRANSITIONS), by staff or by the pairing's own volunteer, in one
 * transaction: the inputs per action, the row locks (volunteer → family → pairing when the pair is released,
 * the same order as an offer), the table check on the locked state, the action's effects, the transition row
 * (invariant 6), the notifications to the others concerned and the audit entry.
 */
@Injectable()
export class PairingTransitionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly outbox: NotificationOutbox,
  ) {}

  async transition(
    actor: ActingUser,
    as: PairingActor,
    pairingId: string,
    request: PairingTransitionDto,
  ): Promise<PairingDetail> {
    return this.dataSource.transaction(async (manager) => {
      const ref = await findPairing(manager, pairingId);
      // a volunteer sees only their own pairings; any other answers like an unknown id
      if (!ref || (as === 'volunteer' && ref.volunteer_user_id !== actor.id))
        throw new PairingNotFoundException();
      const clock = await databaseClock(manager);
      const problems = transitionInputProblems(request, as, clock);
      if (Object.keys(problems).length > 0) throw new ValidationFailedException(problems);

      if (ACTIONS_RELEASING_THE_PAIR.includes(request.action)) {
        await lockVolunteerRow(manager, ref.volunteer_id);
        await lockFamilyRow(manager, ref.family_id);
      }
      const pairing = await lockPairing(manager, pairingId);
      if (!isTransitionAllowed(pairing.state, request.action, as))
        throw new PairingException(SponsorshipErrorCode.PairingInvalidTransition, {
          state: pairing.state,
          action: request.action,
        });

      const to = PAIRING_TRANSITIONS[request.action].to;
      const effects = await this.effects(manager, actor, pairingId, ref, pairing, request, clock);
      await updatePairing(manager, pairingId, pairing.state, to, effects.assignments);
      const reason = request.declineReason ?? request.endReason ?? null;
      const [{ id: transitionId }]: { id: string }[] = await manager.query(
        `INSERT INTO pairing_transition (pairing_id, from_state, to_state, action, by_id, reason, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text AS id`,
        [pairingId, pairing.state, to, request.action, actor.id, reason, request.note ?? null],
      );

      for (const recipient of transitionRecipients({
        volunteerUserId: ref.volunteer_user_id,
        coordinatorId: pairing.coordinator_id,
        actorId: actor.id,
      })) {
        await this.outbox.add(manager, {
          type: 'pairing-transition',
          recipientId: recipient.userId,
          payload: transitionPayload(pairingId, transitionId, recipient.audience, request),
          idempotencyKey: `pairing-transition/${transitionId}/${recipient.userId}`,
        });
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        action: pairingAuditAction(request.action),
        subjectType: 'pairing',
        subjectId: pairingId,
        details: {
          from: pairing.state,
          to,
          transitionId,
          as,
          reason,
          ...(effects.endKind ? { endKind: effects.endKind } : {}),
        },
        requestId: actor.requestId,
      });
      const viewer =
        as === 'staff'
          ? { kind: 'staff' as const }
          : { kind: 'volunteer' as const, volunteerId: ref.volunteer_id };
      const detail = await loadPairingDetail(manager, pairingId, viewer, clock.now);
      if (!detail) throw new PairingNotFoundException();
      return detail;
    });
  }

  /** What the action changes on the pairing, and on the pair and the family for decline and end. */
  private async effects(
    manager: EntityManager,
    actor: ActingUser,
    pairingId: string,
    ref: PairingRef,
    pairing: LockedPairing,
    request: PairingTransitionDto,
    clock: TransitionClock,
  ): Promise<{ assignments: Assignments; endKind?: EndKind }> {
    switch (request.action) {
      case 'accept':
        return { assignments: {} };
      case 'decline':
        await excludePair(manager, ref, pairingId, 'declined', actor.id);
        // an offer mail not yet out is moot now (the decline notice still goes to whoever did not act)
        await this.outbox.cancel(manager, `pairing-offered/${pairingId}`);
        // back in the queue with the original waiting time, so the decline does not cost the family its place
        await manager.query(
          `UPDATE family SET status = 'waiting' WHERE id = $1 AND status = 'in_pairing'`,
          [ref.family_id],
        );
        return { assignments: {} };
      case 'schedule_intro':
        return {
          assignments: {
            intro_at: new Date(request.introAt as string).toISOString(),
            intro_place: request.introPlace,
          },
        };
      case 'hold_intro':
        return { assignments: { trial_started_on: clock.today } };
      case 'confirm': {
        const settings = await loadCurrentSettings(manager);
        const [{ done }]: { done: number }[] = await manager.query(
          `SELECT count(*)::int AS done FROM check_in WHERE pairing_id = $1 AND occurred_on >= $2::date`,
          [pairingId, pairing.trial_started_on],
        );
        if (done < settings.trialMeetingsRequired)
          throw new PairingException(SponsorshipErrorCode.TrialMeetingsMissing, {
            done,
            required: settings.trialMeetingsRequired,
          });
        return { assignments: { active_since: clock.today } };
      }
      case 'pause':
        return { assignments: { paused_until: request.resumeOn } };
      case 'resume':
        return { assignments: { paused_until: null } };
      case 'end': {
        const endReason = request.endReason;
        if (endReason === undefined) throw new Error('end without endReason passed validation');
        const endKind = deriveEndKind({
          from: pairing.state,
          activeSince: pairing.active_since,
          commitmentMonths: pairing.commitment_months,
          today: clock.today,
        });
        const cause = exclusionCauseForEnd(endKind);
        if (cause) await excludePair(manager, ref, pairingId, cause, actor.id);
        if (familyStatusAfterEnd(endReason) === 'closed')
          await manager.query(`UPDATE family SET status = 'closed' WHERE id = $1`, [ref.family_id]);
        else
          // rematch without blame: waiting again from today (the waiting bonus counts from here)
          await manager.query(
            `UPDATE family SET status = 'waiting', waiting_since = now(), updated_at = now() WHERE id = $1`,
            [ref.family_id],
          );
        return {
          assignments: {
            ended_on: clock.today,
            end_kind: endKind,
            end_reason: endReason,
            paused_until: null,
          },
          endKind,
        };
      }
    }
  }
}

async function findPairing(manager: EntityManager, pairingId: string): Promise<PairingRef | null> {
  const [row]: PairingRef[] = await manager.query(
    `SELECT p.volunteer_id, p.family_id, v.user_id AS volunteer_user_id
       FROM pairing p JOIN volunteer v ON v.id = p.volunteer_id
      WHERE p.id = $1`,
    [pairingId],
  );
  return row ?? null;
}

async function lockPairing(manager: EntityManager, pairingId: string): Promise<LockedPairing> {
  const [row]: LockedPairing[] = await manager.query(
    `SELECT state, coordinator_id, commitment_months, trial_started_on::text AS trial_started_on,
            active_since::text AS active_since
       FROM pairing WHERE id = $1 FOR UPDATE`,
    [pairingId],
  );
  if (!row) throw new PairingNotFoundException();
  return row;
}

/**
 * Compare-and-swap on the locked row. `state_since` moves only when the state does (rescheduling the first
 * meeting keeps the pairing in intro_scheduled since the first date).
 */
async function updatePairing(
  manager: EntityManager,
  pairingId: string,
  from: PairingState,
  to: PairingState,
  assignments: Assignments,
): Promise<void> {
  const columns = Object.keys(assignments);
  const sets = columns.map((column, index) => `${column} = $${index + 4}`);
  const rows: { id: string }[] = await manager.query(
    `WITH changed AS (
       UPDATE pairing
          SET state = $3, state_since = CASE WHEN state = $3 THEN state_since ELSE now() END,
              updated_at = now()${sets.length > 0 ? `, ${sets.join(', ')}` : ''}
        WHERE id = $1 AND state = $2
       RETURNING id
     )
     SELECT id FROM changed`,
    [pairingId, from, to, ...columns.map((column) => assignments[column])],
  );
  if (rows.length !== 1) throw new Error(`pairing ${pairingId} changed under its row lock`);
}

/** Invariant 3: the pair is never proposed or offered again (kept as it is when it already exists). */
async function excludePair(
  manager: EntityManager,
  ref: PairingRef,
  pairingId: string,
  cause: PairExclusionCause,
  actorId: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO pair_exclusion (volunteer_id, family_id, cause, pairing_id, created_by_id)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (volunteer_id, family_id) DO NOTHING`,
    [ref.volunteer_id, ref.family_id, cause, pairingId, actorId],
  );
}

/** Codes, dates and the meeting place only: notes stay in the app. */
function transitionPayload(
  pairingId: string,
  transitionId: string,
  audience: 'volunteer' | 'staff',
  request: PairingTransitionDto,
): NotificationPayloads['pairing-transition'] {
  const payload: NotificationPayloads['pairing-transition'] = {
    pairingId,
    transitionId,
    action: request.action,
    audience,
  };
  if (request.action === 'schedule_intro') {
    payload.introAt = new Date(request.introAt as string).toISOString();
    payload.introPlace = request.introPlace;
  }
  if (request.action === 'pause') payload.resumeOn = request.resumeOn;
  const reason = request.declineReason ?? request.endReason;
  if (reason !== undefined) payload.reason = reason;
  return payload;
}
