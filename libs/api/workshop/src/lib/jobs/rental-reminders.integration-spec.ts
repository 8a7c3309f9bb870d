import { SnakeNamingStrategy } from '@zusammen/api/core';
import { IDENTITY_ENTITIES } from '@zusammen/api/identity';
import { NOTIFICATION_ENTITIES } from '@zusammen/api/notifications';
import {
  createIsolatedSchema,
  createUserAccount,
  type IsolatedSchema,
} from '@zusammen/api/testing';
import type { Role } from '@zusammen/shared/contracts';
import { addDays } from '@zusammen/shared/util';
import { DataSource } from 'typeorm';
import {
  at,
  DUE,
  insertBorrower,
  insertRental,
  notificationRows,
  TRUNCATE_WORKSHOP_JOB_TABLES,
  WORKSHOP_JOB_TABLES,
} from './workshop-jobs-fixtures';
import { sendRentalReminders } from './rental-reminder-job';

/**
 * The reminder ladder (job `workshop-rental-reminders`) against real PostgreSQL with the clock passed in: each step
 * exactly once however often the job runs, escalations to the team, nothing to borrowers without an account.
 */
describe('Fahrradwerkstatt reminder ladder (integration)', () => {
  let schema: IsolatedSchema;
  let db: DataSource;

  beforeAll(async () => {
    schema = await createIsolatedSchema('workshop_ladder', WORKSHOP_JOB_TABLES);
    db = new DataSource({
      type: 'postgres',
      url: schema.url,
      entities: [...IDENTITY_ENTITIES, ...NOTIFICATION_ENTITIES],
      namingStrategy: new SnakeNamingStrategy(),
    });
    await db.initialize();
  });

  afterAll(async () => {
    await db?.destroy();
    await schema?.drop();
  });

  beforeEach(() => db.query(TRUNCATE_WORKSHOP_JOB_TABLES));

  const user = async (roles: Role[], isActive = true): Promise<string> =>
    (await createUserAccount(db, { roles, isActive })).id;

  /** Runs the hourly job twice a day (02:00 and 13:00 in Borken) from `from` to `to`. */
  async function runDays(from: string, to: string): Promise<void> {
    for (let day = from; day <= to; day = addDays(day, 1)) {
      await sendRentalReminders(db, at(day, '02:00'));
      await sendRentalReminders(db, at(day, '13:00'));
    }
  }

  describe('workshop-rental-reminders', () => {
    it('gives an overdue rental each reminder step exactly once, escalations to the team', async () => {
      const amina = await user(['resident']);
      const mechanics = [await user(['workshop']), await user(['workshop', 'staff'])];
      await user(['workshop'], false); // left the team: nothing
      const coordinator = await user(['staff']);
      const { id, inventoryNo } = await insertRental(
        db,
        await insertBorrower(db, { userId: amina, channel: 'email' }),
      );

      await runDays(addDays(DUE, -5), addDays(DUE, 35));

      const found = await notificationRows(db, `rental-due/${id}/`);
      expect(found.map((row) => [row.idempotency_key, row.type, row.recipient_id])).toEqual(
        [
          [`rental-due/${id}/call/${mechanics[0]}`, 'bike-rental-escalation', mechanics[0]],
          [`rental-due/${id}/call/${mechanics[1]}`, 'bike-rental-escalation', mechanics[1]],
          [`rental-due/${id}/due_soon`, 'bike-rental-reminder', amina],
          [`rental-due/${id}/overdue`, 'bike-rental-reminder', amina],
          [`rental-due/${id}/overdue_again`, 'bike-rental-reminder', amina],
          [`rental-due/${id}/write_off/${coordinator}`, 'bike-rental-escalation', coordinator],
          [`rental-due/${id}/write_off/${mechanics[1]}`, 'bike-rental-escalation', mechanics[1]],
        ].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      );
      const byKey = new Map(found.map((row) => [row.idempotency_key, row]));
      // written by the 02:00 run, delivered from 08:00 in Borken on the step's day
      expect(byKey.get(`rental-due/${id}/due_soon`)?.deliver_after).toEqual(
        at(addDays(DUE, -2), '08:00'),
      );
      expect(byKey.get(`rental-due/${id}/overdue`)?.deliver_after).toEqual(
        at(addDays(DUE, 1), '08:00'),
      );
      expect(byKey.get(`rental-due/${id}/overdue_again`)).toMatchObject({
        channel: 'email',
        deliver_after: at(addDays(DUE, 3), '08:00'),
        payload: {
          rentalId: id,
          inventoryNo: `FR-${String(inventoryNo).padStart(4, '0')}`,
          dueOn: DUE,
          stage: 'overdue_again',
        },
      });
      expect(byKey.get(`rental-due/${id}/call/${mechanics[0]}`)?.payload).toMatchObject({
        days: 7,
        stage: 'call',
        dueOn: DUE,
      });
      expect(byKey.get(`rental-due/${id}/write_off/${coordinator}`)?.payload).toMatchObject({
        days: 30,
        stage: 'write_off',
      });

      // another month of hourly runs adds nothing
      const again = await sendRentalReminders(db, at(addDays(DUE, 40), '09:00'));
      expect(again.created).toBe(0);
      expect(await notificationRows(db, `rental-due/${id}/`)).toHaveLength(7);
    });

    it('keeps the due-soon reminder written at handout and sends only the current step after a pause', async () => {
      const amina = await user(['resident']);
      const { id } = await insertRental(
        db,
        await insertBorrower(db, { userId: amina, channel: 'in_app' }),
      );
      // the handout wrote due_soon for 09:00 two days before
      await db.query(
        `INSERT INTO notification (idempotency_key, type, channel, recipient_id, locale, payload, deliver_after)
         VALUES ($1, 'bike-rental-reminder', 'in_app', $2, 'de', '{}'::jsonb, $3)`,
        [`rental-due/${id}/due_soon`, amina, at(addDays(DUE, -2), '09:00').toISOString()],
      );

      await sendRentalReminders(db, at(addDays(DUE, -1), '10:00'));
      // the worker was down from the due day until five days later
      await sendRentalReminders(db, at(addDays(DUE, 5), '10:00'));

      const found = await notificationRows(db, `rental-due/${id}/`);
      expect(found.map((row) => row.idempotency_key)).toEqual([
        `rental-due/${id}/due_soon`,
        `rental-due/${id}/overdue_again`,
      ]);
      expect(found[0].deliver_after).toEqual(at(addDays(DUE, -2), '09:00'));
      expect(found[1].channel).toBe('in_app');
    });

    it('writes nothing to a borrower without an account, but the team still calls', async () => {
      const mechanic = await user(['workshop']);
      const { id } = await insertRental(db, await insertBorrower(db, null));

      await runDays(addDays(DUE, -3), addDays(DUE, 8));

      const found = await notificationRows(db, `rental-due/${id}/`);
      expect(found.map((row) => [row.idempotency_key, row.recipient_id])).toEqual([
        [`rental-due/${id}/call/${mechanic}`, mechanic],
      ]);
    });

    it('leaves returned rentals alone and starts a new ladder after an extension', async () => {
      const amina = await user(['resident']);
      const account = { userId: amina, channel: 'email' as const };
      const returned = await insertRental(db, await insertBorrower(db, account), {
        status: 'returned',
      });
      const extended = await insertRental(
        db,
        await insertBorrower(db, { ...account, userId: await user(['resident']) }),
      );
      await runDays(addDays(DUE, 1), addDays(DUE, 1));
      await db.query(`UPDATE rental SET due_on = $2, extensions = $3::jsonb WHERE id = $1`, [
        extended.id,
        addDays(DUE, 14),
        JSON.stringify([{ fromDueOn: DUE, toDueOn: addDays(DUE, 14), byId: amina, at: DUE }]),
      ]);
      await runDays(addDays(DUE, 2), addDays(DUE, 15));

      expect(await notificationRows(db, `rental-due/${returned.id}/`)).toEqual([]);
      expect(
        (await notificationRows(db, `rental-due/${extended.id}/`)).map(
          (row) => row.idempotency_key,
        ),
      ).toEqual([
        `rental-due/${extended.id}/due_soon/${addDays(DUE, 14)}`,
        `rental-due/${extended.id}/overdue`,
        `rental-due/${extended.id}/overdue/${addDays(DUE, 14)}`,
      ]);
    });
  });
});
