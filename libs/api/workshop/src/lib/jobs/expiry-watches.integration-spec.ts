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
import { addMonths } from '../rentals/rental-dates';
import { watchClaimDeadlines } from './claim-deadline-job';
import { sendEligibilityExpiring, sendInspectionExpiring } from './expiry-watch-jobs';
import {
  at,
  insertBorrower,
  insertRental,
  notificationRows,
  TRUNCATE_WORKSHOP_JOB_TABLES,
  WORKSHOP_JOB_TABLES,
} from './workshop-jobs-fixtures';

/**
 * The daily watches against real PostgreSQL with the clock passed in: inspection and eligibility expiring (to the
 * borrower, once), and the § 548 BGB watch of open damage cases (alerts, then time-barred).
 */
describe('Fahrradwerkstatt expiry watches (integration)', () => {
  let schema: IsolatedSchema;
  let db: DataSource;

  beforeAll(async () => {
    schema = await createIsolatedSchema('workshop_watch', WORKSHOP_JOB_TABLES);
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

  describe('workshop-inspection-expiring', () => {
    it('tells the borrower once when the inspection of a bike on loan ends within 7 days', async () => {
      const amina = await user(['resident']);
      const soon = await insertRental(
        db,
        await insertBorrower(db, { userId: amina, channel: 'email' }),
        {
          roadworthyUntil: at('2026-03-17', '00:30'),
        },
      );
      const later = await insertRental(
        db,
        await insertBorrower(db, { userId: await user(['resident']), channel: 'email' }),
        { roadworthyUntil: at('2026-03-18', '12:00') },
      );
      const noAccount = await insertRental(db, await insertBorrower(db, null), {
        roadworthyUntil: at('2026-03-12', '12:00'),
      });

      expect(await sendInspectionExpiring(db, at('2026-03-10', '03:00'))).toBe(1);
      expect(await sendInspectionExpiring(db, at('2026-03-11', '03:00'))).toBe(1); // `later` now in range
      expect(await sendInspectionExpiring(db, at('2026-03-12', '03:00'))).toBe(0);

      expect(await notificationRows(db, `bike-inspection-expiring/${soon.id}/`)).toEqual([
        expect.objectContaining({
          idempotency_key: `bike-inspection-expiring/${soon.id}/2026-03-17`,
          recipient_id: amina,
          deliver_after: at('2026-03-10', '08:00'),
          payload: expect.objectContaining({ rentalId: soon.id, validUntil: '2026-03-17' }),
        }),
      ]);
      expect(await notificationRows(db, `bike-inspection-expiring/${later.id}/`)).toHaveLength(1);
      expect(await notificationRows(db, `bike-inspection-expiring/${noAccount.id}/`)).toEqual([]);
    });
  });

  describe('workshop-eligibility-expiring', () => {
    it('reminds borrowers with an open rental or waiting-list entry 30 days ahead, once per eligibility', async () => {
      const renting = await user(['resident']);
      const waiting = await user(['resident']);
      const idle = await user(['resident']);
      const rentingBorrower = await insertBorrower(db, { userId: renting, channel: 'email' });
      const waitingBorrower = await insertBorrower(db, { userId: waiting, channel: 'in_app' });
      const idleBorrower = await insertBorrower(db, { userId: idle, channel: 'email' });
      await insertRental(db, rentingBorrower);
      await db.query(
        `INSERT INTO bike_waitlist_entry (borrower_id, cycle_type, status) VALUES ($1, 'city', 'waiting')`,
        [waitingBorrower],
      );
      const eligibility = async (borrowerId: string, validUntil: string): Promise<string> =>
        (
          await db.query(
            `INSERT INTO eligibility_check (borrower_id, legal_basis, document_type_seen, verified_on, valid_until)
             VALUES ($1, 'asylblg', 'benefit_notice', '2025-10-01', $2) RETURNING id`,
            [borrowerId, validUntil],
          )
        )[0].id;
      await eligibility(rentingBorrower, '2026-03-20'); // superseded by the later check
      const current = await eligibility(rentingBorrower, '2026-04-09');
      const waitingCheck = await eligibility(waitingBorrower, '2026-03-15');
      await eligibility(idleBorrower, '2026-03-15');

      expect(await sendEligibilityExpiring(db, at('2026-03-10', '03:00'))).toBe(2);
      expect(await sendEligibilityExpiring(db, at('2026-03-11', '03:00'))).toBe(0);

      const found = await notificationRows(db, 'bike-eligibility-expiring/');
      expect(found.map((row) => [row.idempotency_key, row.recipient_id, row.payload])).toEqual(
        expect.arrayContaining([
          [
            `bike-eligibility-expiring/${current}`,
            renting,
            { borrowerId: rentingBorrower, validUntil: '2026-04-09' },
          ],
          [
            `bike-eligibility-expiring/${waitingCheck}`,
            waiting,
            { borrowerId: waitingBorrower, validUntil: '2026-03-15' },
          ],
        ]),
      );
      expect(found).toHaveLength(2);
    });
  });

  describe('workshop-claim-deadlines', () => {
    it('alerts the team at + 4 and + 5 months once per stage, then marks the case time-barred', async () => {
      const mechanic = await user(['workshop']);
      const returned = await insertRental(db, await insertBorrower(db, null), {
        status: 'returned',
      });
      const returnedOn = '2026-03-01';
      const deadline = addMonths(returnedOn, 6);
      const damage = async (status: 'open' | 'decided'): Promise<string> =>
        (
          await db.query(
            `INSERT INTO damage_case (rental_id, bike_id, description, claim_deadline, status, decision)
             VALUES ($1, $2, 'Speichen verbogen', $3, $4, $5) RETURNING id`,
            [returned.id, returned.bikeId, deadline, status, status === 'decided' ? 'none' : null],
          )
        )[0].id;
      const open = await damage('open');
      const decided = await damage('decided');

      for (const day of ['2026-06-30', '2026-07-01', '2026-07-02', '2026-08-01', '2026-08-20']) {
        await watchClaimDeadlines(db, at(day, '03:00'));
      }
      expect(
        (await notificationRows(db, `damage-claim-deadline/`)).map((row) => row.idempotency_key),
      ).toEqual([
        `damage-claim-deadline/${open}/five_months/${mechanic}`,
        `damage-claim-deadline/${open}/four_months/${mechanic}`,
      ]);
      expect(await db.query(`SELECT status FROM damage_case WHERE id = $1`, [open])).toEqual([
        { status: 'open' },
      ]);

      // the deadline day itself still counts; the day after, the claim is time-barred
      expect(await watchClaimDeadlines(db, at(deadline, '03:00'))).toEqual({
        timeBarred: 0,
        alerts: 0,
      });
      expect(await watchClaimDeadlines(db, at(addDays(deadline, 1), '03:00'))).toEqual({
        timeBarred: 1,
        alerts: 0,
      });
      const statuses: { id: string; status: string }[] = await db.query(
        `SELECT id, status FROM damage_case ORDER BY id`,
      );
      expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
        [open]: 'time_barred',
        [decided]: 'decided',
      });
      expect(
        await db.query(`SELECT actor_id, action, subject_id, details FROM audit_event`),
      ).toEqual([
        {
          actor_id: null,
          action: 'workshop.damage-time-barred',
          subject_id: open,
          details: { claimDeadline: deadline },
        },
      ]);
    });
  });
});
