import { addNotification } from '@zusammen/api/notifications';
import { formatInventoryNo } from '@zusammen/shared/contracts';
import { addDays } from '@zusammen/shared/util';
import type { DataSource, EntityManager } from 'typeorm';
import { workshopToday } from '../rentals/rental-dates';
import {
  dueReminderSteps,
  REMINDER_LADDER,
  reminderDeliverAfter,
  reminderStepKey,
  type TeamStep,
} from './reminder-ladder';
import { activeUserIdsWithRole, borrowerChannel } from './team-recipients';

export interface RentalReminderResult {
  /** Active rentals looked at (due in two days or earlier). */
  rentals: number;
  /** Notification rows written (existing keys are not counted). */
  created: number;
}

interface LockedRental {
  id: string;
  due_on: string;
  extended: boolean;
  inventory_no: number;
  user_id: string | null;
  reminder_channel: string;
}

/** Who gets each team step: the workshop team phones (`call`), staff decide about a write-off. */
const TEAM_ROLE = { call: 'workshop', write_off: 'staff' } as const satisfies Record<
  TeamStep,
  string
>;

/**
 * Job `workshop-rental-reminders` (hourly): for every active rental due within two days or overdue, the steps of
 * the ladder reached today (see {@link dueReminderSteps}) as notification rows, each key written once whatever the
 * job frequency. Borrowers without a usable account get none (they are on the desk's call list); mails wait for
 * 08:00 in Borken. One transaction per rental under its row lock, so a return or an extension (which cancel
 * pending reminders) is never overtaken by a reminder written from a stale read.
 */
export async function sendRentalReminders(
  dataSource: DataSource,
  now: Date,
): Promise<RentalReminderResult> {
  const today = workshopToday(now);
  const candidates: { id: string }[] = await dataSource.query(
    `SELECT id FROM rental WHERE status = 'active' AND due_on <= $1 ORDER BY due_on, id`,
    [addDays(today, -REMINDER_LADDER.due_soon)],
  );
  const team = {
    call: await activeUserIdsWithRole(dataSource.manager, TEAM_ROLE.call),
    write_off: await activeUserIdsWithRole(dataSource.manager, TEAM_ROLE.write_off),
  };
  const deliverAfter = reminderDeliverAfter(now);
  let created = 0;
  for (const { id } of candidates) {
    created += await dataSource.transaction(async (manager) => {
      const rental = await lockActiveRental(manager, id);
      return rental ? writeDueSteps(manager, rental, today, deliverAfter, team) : 0;
    });
  }
  return { rentals: candidates.length, created };
}

async function lockActiveRental(manager: EntityManager, id: string): Promise<LockedRental | null> {
  const rows: LockedRental[] = await manager.query(
    `SELECT r.id, to_char(r.due_on, 'YYYY-MM-DD') AS due_on,
            jsonb_array_length(r.extensions) > 0 AS extended, b.inventory_no,
            CASE WHEN u.id IS NULL THEN NULL ELSE br.user_id END AS user_id, br.reminder_channel
       FROM rental r
       JOIN bike b ON b.id = r.bike_id
       JOIN borrower br ON br.id = r.borrower_id
       LEFT JOIN user_account u ON u.id = br.user_id AND u.is_active AND u.erased_at IS NULL
      WHERE r.id = $1 AND r.status = 'active' AND r.due_on IS NOT NULL
        FOR SHARE OF r`,
    [id],
  );
  return rows[0] ?? null;
}

async function writeDueSteps(
  manager: EntityManager,
  rental: LockedRental,
  today: string,
  deliverAfter: Date,
  team: Record<TeamStep, string[]>,
): Promise<number> {
  const steps = dueReminderSteps(rental.due_on, today);
  const ref = { id: rental.id, dueOn: rental.due_on, extended: rental.extended };
  const inventoryNo = formatInventoryNo(rental.inventory_no);
  let created = 0;
  if (steps.borrower !== null && rental.user_id !== null) {
    const result = await addNotification(manager, {
      type: 'bike-rental-reminder',
      recipientId: rental.user_id,
      idempotencyKey: reminderStepKey(ref, steps.borrower),
      deliverAfter,
      channel: borrowerChannel(rental.reminder_channel),
      payload: { rentalId: rental.id, inventoryNo, dueOn: rental.due_on, stage: steps.borrower },
    });
    if (result.created) created += 1;
  }
  for (const stage of steps.team) {
    for (const userId of team[stage]) {
      const result = await addNotification(manager, {
        type: 'bike-rental-escalation',
        recipientId: userId,
        idempotencyKey: reminderStepKey(ref, stage, userId),
        deliverAfter,
        payload: {
          rentalId: rental.id,
          inventoryNo,
          dueOn: rental.due_on,
          days: steps.daysOverdue,
          stage,
        },
      });
      if (result.created) created += 1;
    }
  }
  return created;
}
