import { addNotification } from '@zusammen/api/notifications';
import { formatInventoryNo } from '@zusammen/shared/contracts';
import { AuditLog } from '@zusammen/api/identity';
import type { DataSource, EntityManager } from 'typeorm';
import { WORKSHOP_TIME_ZONE, workshopToday } from '../rentals/rental-dates';
import { claimAlertStage } from './expiry-dates';
import { reminderDeliverAfter } from './reminder-ladder';
import { activeUserIdsWithRole } from './team-recipients';

const audit = new AuditLog();

/**
 * Open cases past their deadline → `time_barred` (compare-and-swap on `open`), each audited; alerts still waiting
 * for 08:00 would announce a deadline that has passed, so they are cancelled.
 */
async function timeBar(manager: EntityManager, today: string): Promise<{ id: string }[]> {
  const barred: { id: string; claim_deadline: string }[] = await manager.query(
    `WITH barred AS (
       UPDATE damage_case SET status = 'time_barred'
        WHERE status = 'open' AND claim_deadline < $1::date
       RETURNING id, claim_deadline
     )
     SELECT id, to_char(claim_deadline, 'YYYY-MM-DD') AS claim_deadline FROM barred`,
    [today],
  );
  if (barred.length === 0) return barred;
  await manager.query(
    `UPDATE notification SET status = 'cancelled', cancelled_at = now(), updated_at = now()
      WHERE type = 'damage-claim-deadline' AND status IN ('pending', 'queued')
        AND payload->>'damageCaseId' = ANY($1::text[])`,
    [barred.map((row) => row.id)],
  );
  for (const row of barred) {
    await audit.record(manager, {
      actorId: null,
      action: 'workshop.damage-time-barred',
      subjectType: 'damage_case',
      subjectId: row.id,
      details: { claimDeadline: row.claim_deadline },
    });
  }
  return barred;
}

export interface ClaimDeadlineResult {
  /** Open cases whose deadline passed, now `time_barred`. */
  timeBarred: number;
  /** Alert rows written to the workshop team. */
  alerts: number;
}

/**
 * Job `workshop-claim-deadlines` (daily), the § 548 BGB watch: open damage cases past their `claim_deadline` become
 * `time_barred` (see {@link timeBar}); the other open cases alert every active workshop team member at
 * return + 4 and + 5 months, once per stage and person (`damage-claim-deadline/<caseId>/<stage>/<userId>`).
 */
export async function watchClaimDeadlines(
  dataSource: DataSource,
  now: Date,
): Promise<ClaimDeadlineResult> {
  const today = workshopToday(now);
  const barred = await dataSource.transaction((manager) => timeBar(manager, today));
  const open: {
    id: string;
    inventory_no: number;
    claim_deadline: string;
    returned_on: string | null;
  }[] = await dataSource.query(
    `SELECT d.id, b.inventory_no, to_char(d.claim_deadline, 'YYYY-MM-DD') AS claim_deadline,
            to_char(r.returned_at AT TIME ZONE $1, 'YYYY-MM-DD') AS returned_on
       FROM damage_case d
       JOIN rental r ON r.id = d.rental_id
       JOIN bike b ON b.id = d.bike_id
      WHERE d.status = 'open'
      ORDER BY d.claim_deadline, d.id`,
    [WORKSHOP_TIME_ZONE],
  );
  const team = await activeUserIdsWithRole(dataSource.manager, 'workshop');
  let alerts = 0;
  for (const damage of open) {
    if (damage.returned_on === null) continue;
    const stage = claimAlertStage(damage.returned_on, damage.claim_deadline, today);
    if (stage === null) continue;
    for (const userId of team) {
      const result = await addNotification(dataSource.manager, {
        type: 'damage-claim-deadline',
        recipientId: userId,
        idempotencyKey: `damage-claim-deadline/${damage.id}/${stage}/${userId}`,
        deliverAfter: reminderDeliverAfter(now),
        payload: {
          damageCaseId: damage.id,
          inventoryNo: formatInventoryNo(damage.inventory_no),
          claimDeadline: damage.claim_deadline,
          stage,
        },
      });
      if (result.created) alerts += 1;
    }
  }
  return { timeBarred: barred.length, alerts };
}
