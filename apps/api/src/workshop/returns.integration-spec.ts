import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createTestApp,
  createUserAccount,
  expectApiError,
  type SignedInUser,
} from '@zusammen/api/testing';
import {
  WORKSHOP_ROUTES,
  type DamageCaseView,
  type RentalDetail,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import {
  createBorrower,
  createLendableBike,
  handoutRequest,
  DESK_PASSWORD,
} from './counter-fixtures';

const ALL_PASS = { brakes: 'pass', bell: 'pass', headlight: 'pass', tyres: 'pass' };

/** Return (workshop.md § 6): back to inspection or repair, damage case with the § 548 BGB deadline, decision. */
describe('workshop return and damage (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let desk: SignedInUser;

  const post = (url: string, payload?: object) =>
    app.inject({ method: 'POST', url, headers: desk.headers, payload });

  async function handOut(
    userId: string | null = null,
  ): Promise<{ rental: RentalDetail; bikeId: string }> {
    const bike = await createLendableBike(db, desk.user.id);
    const borrowerId = await createBorrower(db, { userId });
    const response = await post(WORKSHOP_ROUTES.rentals, handoutRequest(bike.id, borrowerId));
    expect(response.statusCode).toBe(201);
    return { rental: response.json<RentalDetail>(), bikeId: bike.id };
  }

  const bikeState = async (id: string) =>
    (
      await db.query(
        `SELECT technical_state, availability, roadworthy_until FROM bike WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    desk = await createSignedInUser(app, { password: DESK_PASSWORD, roles: ['workshop'] });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('a clean return: bike to inspection, deposit back, rental closed, reminders cancelled', async () => {
    const resident = await createUserAccount(db, { roles: ['resident'] });
    const { rental, bikeId } = await handOut(resident.id);
    const response = await post(`${WORKSHOP_ROUTES.rentals}/${rental.id}/return`, {
      checks: ALL_PASS,
      accessoriesBack: ['lock', 'lights'],
      notes: 'Alles in Ordnung',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<RentalDetail>()).toMatchObject({
      status: 'closed',
      depositStatus: 'returned',
      accessoriesBack: ['lock', 'lights'],
      returnChecks: ALL_PASS,
      returnNotes: 'Alles in Ordnung',
      receivedByName: desk.user.displayName,
      damage: [],
    });
    expect(await bikeState(bikeId)).toEqual({
      technical_state: 'inspection',
      availability: 'not_lendable',
      roadworthy_until: null,
    });
    const [reminder] = await db.query(
      `SELECT status FROM notification WHERE idempotency_key = $1`,
      [`rental-due/${rental.id}/due_soon`],
    );
    expect(reminder.status).toBe('cancelled');
    expectApiError(
      await post(`${WORKSHOP_ROUTES.rentals}/${rental.id}/return`, {
        checks: {},
        accessoriesBack: [],
      }),
      409,
      'RENTAL_NOT_CHANGEABLE',
    );
  });

  it('after a return the old inspection no longer counts: the bike cannot go out again uninspected', async () => {
    const { rental, bikeId } = await handOut();
    await post(`${WORKSHOP_ROUTES.rentals}/${rental.id}/return`, {
      checks: ALL_PASS,
      accessoriesBack: ['lock', 'lights'],
    });
    // even if someone forced the bike back to available, the gate and the trigger refuse it
    await db.query(
      `UPDATE bike SET technical_state = 'roadworthy', availability = 'available', roadworthy_until = now() + interval '20 days' WHERE id = $1`,
      [bikeId],
    );
    const borrowerId = await createBorrower(db);
    expectApiError(
      await post(WORKSHOP_ROUTES.rentals, handoutRequest(bikeId, borrowerId)),
      409,
      'INSPECTION_MISSING',
    );
  });

  it('a damaged return: bike in repair, queued work order, damage case with the claim deadline, deposit held', async () => {
    const { rental, bikeId } = await handOut();
    const response = await post(`${WORKSHOP_ROUTES.rentals}/${rental.id}/return`, {
      checks: { ...ALL_PASS, brakes: 'fail' },
      accessoriesBack: ['lock'],
      damage: { description: 'Vorderrad verbogen', estimateCents: 3500 },
    });
    expect(response.statusCode).toBe(200);
    const detail = response.json<RentalDetail>();
    expect(detail).toMatchObject({ status: 'returned', depositStatus: 'held', openDamage: true });
    expect(detail.damage).toHaveLength(1);
    const damage = detail.damage[0];
    const [{ deadline }] = await db.query(
      `SELECT ((now() AT TIME ZONE 'Europe/Berlin')::date + interval '6 months')::date::text AS deadline`,
    );
    expect(damage).toMatchObject({
      description: 'Vorderrad verbogen\nMängel bei Rückgabe: brakes\nZubehör fehlt: lights',
      estimateCents: 3500,
      claimDeadline: deadline,
      status: 'open',
    });
    expect(damage.daysToDeadline).toBeGreaterThanOrEqual(181);
    expect(damage.daysToDeadline).toBeLessThanOrEqual(184);
    expect(await bikeState(bikeId)).toMatchObject({
      technical_state: 'in_repair',
      availability: 'not_lendable',
    });
    const orders = await db.query(
      `SELECT problem, status, tasks FROM work_order WHERE bike_id = $1`,
      [bikeId],
    );
    expect(orders).toHaveLength(1);
    expect(orders[0].status).toBe('queued');
    expect(orders[0].problem).toMatch(/^Schaden bei Rückgabe: Vorderrad verbogen/);
    expect(orders[0].tasks).toEqual([{ title: 'brakes', done: false }]);

    const list = await app.inject({ url: WORKSHOP_ROUTES.damageCases, headers: desk.headers });
    expect(list.json<DamageCaseView[]>().map((c) => c.id)).toContain(damage.id);

    expectApiError(
      await post(`${WORKSHOP_ROUTES.damageCases}/${damage.id}/decision`, { decision: 'charge' }),
      422,
      'VALIDATION_FAILED',
    );
    const decided = await post(`${WORKSHOP_ROUTES.damageCases}/${damage.id}/decision`, {
      decision: 'offset_deposit',
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json<DamageCaseView>()).toMatchObject({
      status: 'decided',
      decision: 'offset_deposit',
      chargedCents: 2000,
    });
    const after = await app.inject({
      url: `${WORKSHOP_ROUTES.rentals}/${rental.id}`,
      headers: desk.headers,
    });
    expect(after.json<RentalDetail>()).toMatchObject({
      status: 'closed',
      depositStatus: 'kept',
      openDamage: false,
    });
    expectApiError(
      await post(`${WORKSHOP_ROUTES.damageCases}/${damage.id}/decision`, { decision: 'none' }),
      409,
      'RENTAL_NOT_CHANGEABLE',
    );
  });

  it('a return with only missing accessories opens a case but sends the bike to inspection, not repair', async () => {
    const { rental, bikeId } = await handOut();
    const response = await post(`${WORKSHOP_ROUTES.rentals}/${rental.id}/return`, {
      checks: ALL_PASS,
      accessoriesBack: [],
    });
    expect(response.json<RentalDetail>().damage.map((d) => d.description)).toEqual([
      'Zubehör fehlt: lock, lights',
    ]);
    expect(await bikeState(bikeId)).toMatchObject({ technical_state: 'inspection' });
    expect(await db.query(`SELECT id FROM work_order WHERE bike_id = $1`, [bikeId])).toHaveLength(
      0,
    );
    const decided = await post(
      `${WORKSHOP_ROUTES.damageCases}/${response.json<RentalDetail>().damage[0].id}/decision`,
      {
        decision: 'none',
      },
    );
    expect(decided.statusCode).toBe(200);
    const after = await app.inject({
      url: `${WORKSHOP_ROUTES.rentals}/${rental.id}`,
      headers: desk.headers,
    });
    expect(after.json<RentalDetail>()).toMatchObject({
      status: 'closed',
      depositStatus: 'returned',
    });
  });

  it('refuses unknown checklist items and a return time in the future', async () => {
    const { rental } = await handOut();
    expectApiError(
      await post(`${WORKSHOP_ROUTES.rentals}/${rental.id}/return`, {
        checks: { wings: 'pass' },
        accessoriesBack: [],
      }),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await post(`${WORKSHOP_ROUTES.rentals}/${rental.id}/return`, {
        checks: ALL_PASS,
        accessoriesBack: [],
        returnedAt: new Date(Date.now() + 3_600_000).toISOString(),
      }),
      422,
      'VALIDATION_FAILED',
    );
  });
});
