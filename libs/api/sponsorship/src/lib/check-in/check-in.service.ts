import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import type {
  CheckInRecord,
  CheckInRequest,
  PairingActor,
  PairingState,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import {
  checkInRecordOf,
  CHECK_IN_COLUMNS,
  type CheckInRow,
} from '../pairing-views/check-in-record';
import { PairingNotFoundException } from '../pairing/pairing.exception';
import { todayInBorken } from '../volunteer/calendar-dates';
import { checkInAllowed, checkInAuthorship, checkInDateProblems } from './check-in-rules';
import { CheckInNotAllowedException } from './check-in.exception';

interface SharedPairing {
  state: PairingState;
  trial_started_on: string | null;
  volunteer_user_id: string;
}

/**
 * Logging a contact (Kontakt), by staff (themselves or as proxy for the family) or by the pairing's volunteer.
 * One transaction: the pairing row is locked FOR SHARE before its state is checked, so a concurrent `end`
 * (which takes it FOR UPDATE) either waits for this contact or is seen by it — never a contact in an ended
 * pairing. Concurrent contacts of one pairing do not block each other. Audited without the note text.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async add(
    actor: ActingUser,
    as: PairingActor,
    pairingId: string,
    request: CheckInRequest,
  ): Promise<CheckInRecord> {
    return this.dataSource.transaction(async (manager) => {
      const pairing = await sharePairing(manager, pairingId);
      // a volunteer reaches only their own pairings; any other answers like an unknown id
      if (!pairing || (as === 'volunteer' && pairing.volunteer_user_id !== actor.id))
        throw new PairingNotFoundException();
      if (!checkInAllowed(pairing.state)) throw new CheckInNotAllowedException(pairing.state);
      const today = await borkenToday(manager);
      const problems = checkInDateProblems(
        request.occurredOn,
        { trialStartedOn: pairing.trial_started_on },
        today,
      );
      if (Object.keys(problems).length > 0) throw new ValidationFailedException(problems);

      const { enteredBy, noteVisibility } = checkInAuthorship(request, as);
      const [row]: CheckInRow[] = await manager.query(
        `WITH c AS (
           INSERT INTO check_in (pairing_id, occurred_on, kind, duration_minutes, topics, pulse, note,
                                 note_visibility, entered_by, author_id)
           VALUES ($1, $2::date, $3, $4, $5::text[], $6, $7, $8, $9, $10)
           RETURNING *
         )
         SELECT ${CHECK_IN_COLUMNS} FROM c LEFT JOIN user_account a ON a.id = c.author_id`,
        [
          pairingId,
          request.occurredOn,
          request.kind,
          request.durationMinutes,
          request.topics,
          request.pulse ?? null,
          request.note ?? null,
          noteVisibility,
          enteredBy,
          actor.id,
        ],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'pairing.check-in-added',
        subjectType: 'pairing',
        subjectId: pairingId,
        details: {
          checkInId: row.id,
          as,
          enteredBy,
          kind: request.kind,
          occurredOn: request.occurredOn,
          hasNote: request.note !== undefined,
          noteVisibility,
        },
        requestId: actor.requestId,
      });
      return checkInRecordOf(row, as);
    });
  }
}

async function sharePairing(
  manager: EntityManager,
  pairingId: string,
): Promise<SharedPairing | null> {
  const [row]: SharedPairing[] = await manager.query(
    `SELECT p.state, p.trial_started_on::text AS trial_started_on, v.user_id AS volunteer_user_id
       FROM pairing p JOIN volunteer v ON v.id = p.volunteer_id
      WHERE p.id = $1
        FOR SHARE OF p`,
    [pairingId],
  );
  return row ?? null;
}

async function borkenToday(manager: EntityManager): Promise<string> {
  const [{ now }]: { now: Date }[] = await manager.query(`SELECT now() AS now`);
  return todayInBorken(now);
}
