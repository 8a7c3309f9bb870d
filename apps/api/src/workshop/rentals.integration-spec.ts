import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createTestApp,
  createUserAccount,
  expectApiError,
  type SignedInUser,
} from '@zusammen/api/testing';
import { WORKSHOP_ROUTES, type RentalDetail, type RentalSummary } from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import {
  createBorrower,
  createLendableBike,
  daysFromToday,
  handoutRequest,
  DESK_PASSWORD,
} from './counter-fixtures';

/** The desk's rental lists (call list), extension with its reminder, lost bikes, state conflicts. */
describe('workshop rentals: lists, extension, lost (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let desk: SignedInUser;

  const post = (url: string, payload?: object) =>
    app.inject({ method: 'POST', url, headers: desk.headers, payload });
  const view = async (name: string): Promise<RentalSummary[]> =>
    (
      await app.inject({ url: `${WORKSHOP_ROUTES.rentals}?view=${name}`, headers: desk.headers })
    ).json<RentalSummary[]>();

  async function handOut(
    options: Parameters<typeof createBorrower>[1] = {},
  ): Promise<RentalDetail> {
    const bike = await createLendableBike(db, desk.user.id);
    const borrowerId = await createBorrower(db, options);
    const response = await post(WORKSHOP_ROUTES.rentals, handoutRequest(bike.id, borrowerId));
    expect(response.statusCode).toBe(201);
    return response.json<RentalDetail>();
  }

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    desk = await createSignedInUser(app, { password: DESK_PASSWORD, roles: ['workshop'] });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('lists open, due soon, overdue (the call list with phone numbers) and returned rentals', async () => {
    const open = await handOut();
    const dueSoon = await handOut();
    const overdue = await handOut({ displayName: 'Anruf Nötig', phone: '02861 555123' });
    await db.query(`UPDATE rental SET due_on = $2 WHERE id = $1`, [dueSoon.id, daysFromToday(2)]);
    await db.query(`UPDATE rental SET due_on = $2 WHERE id = $1`, [overdue.id, daysFromToday(-4)]);

    const ids = (list: RentalSummary[]) => list.map((r) => r.id);
    expect(ids(await view('open'))).toEqual(
      expect.arrayContaining([open.id, dueSoon.id, overdue.id]),
    );
    const soon = await view('due_soon');
    expect(ids(soon)).toContain(dueSoon.id);
    expect(ids(soon)).not.toContain(open.id);
    expect(ids(soon)).not.toContain(overdue.id);
    const calls = await view('overdue');
    expect(calls.find((r) => r.id === overdue.id)).toMatchObject({
      borrowerName: 'Anruf Nötig',
      borrowerPhone: '02861 555123',
      reminderChannel: 'phone',
      overdueDays: 4,
    });
    expect(ids(calls)).not.toContain(dueSoon.id);

    await post(`${WORKSHOP_ROUTES.rentals}/${open.id}/return`, {
      checks: {},
      accessoriesBack: ['lock', 'lights'],
    });
    expect(ids(await view('returned'))).toContain(open.id);
    expect(ids(await view('open'))).not.toContain(open.id);
    const search = await app.inject({
      url: `${WORKSHOP_ROUTES.rentals}?view=all&q=${encodeURIComponent(overdue.bikeLabel)}`,
      headers: desk.headers,
    });
    expect(ids(search.json<RentalSummary[]>())).toEqual([overdue.id]);
    expectApiError(
      await app.inject({ url: `${WORKSHOP_ROUTES.rentals}?view=late`, headers: desk.headers }),
      422,
      'VALIDATION_FAILED',
    );
  });

  it('extends: the due date moves and the pending reminder is replaced; refusals are 422 EXTENSION_NOT_ALLOWED', async () => {
    const resident = await createUserAccount(db, { roles: ['resident'] });
    const rental = await handOut({ userId: resident.id });
    const url = `${WORKSHOP_ROUTES.rentals}/${rental.id}/extend`;
    expectApiError(await post(url, { dueOn: rental.dueOn }), 422, 'EXTENSION_NOT_ALLOWED');
    expectApiError(await post(url, { dueOn: daysFromToday(57) }), 422, 'EXTENSION_NOT_ALLOWED');

    const extended = await post(url, { dueOn: daysFromToday(40) });
    expect(extended.statusCode).toBe(200);
    expect(extended.json<RentalDetail>()).toMatchObject({
      dueOn: daysFromToday(40),
      extensions: [{ fromDueOn: rental.dueOn, toDueOn: daysFromToday(40) }],
    });
    const reminders = await db.query(
      `SELECT idempotency_key, status, payload->>'dueOn' AS due_on FROM notification
        WHERE idempotency_key LIKE $1 ORDER BY created_at`,
      [`rental-due/${rental.id}/%`],
    );
    expect(reminders).toEqual([
      {
        idempotency_key: `rental-due/${rental.id}/due_soon`,
        status: 'cancelled',
        due_on: rental.dueOn,
      },
      {
        idempotency_key: `rental-due/${rental.id}/due_soon/${daysFromToday(40)}`,
        status: 'pending',
        due_on: daysFromToday(40),
      },
    ]);

    // expired eligibility: no extension (the running rental continues)
    await db.query(
      `UPDATE eligibility_check SET verified_on = $2, valid_until = $2 WHERE borrower_id = $1`,
      [rental.borrowerId, daysFromToday(-1)],
    );
    const body = expectApiError(
      await post(url, { dueOn: daysFromToday(45) }),
      422,
      'EXTENSION_NOT_ALLOWED',
    );
    expect(body.details).toEqual({ reason: 'eligibility' });
  });

  it('a lost bike: rental lost, bike missing, reminders cancelled; wrong states → 409 RENTAL_NOT_CHANGEABLE', async () => {
    const rental = await handOut();
    expectApiError(
      await post(`${WORKSHOP_ROUTES.rentals}/${rental.id}/cancel`),
      409,
      'RENTAL_NOT_CHANGEABLE',
    );
    const lost = await post(`${WORKSHOP_ROUTES.rentals}/${rental.id}/lost`);
    expect(lost.statusCode).toBe(200);
    expect(lost.json<RentalDetail>().status).toBe('lost');
    const [bike] = await db.query(`SELECT technical_state, availability FROM bike WHERE id = $1`, [
      rental.bikeId,
    ]);
    expect(bike).toEqual({ technical_state: 'missing', availability: 'not_lendable' });
    expectApiError(
      await post(`${WORKSHOP_ROUTES.rentals}/${rental.id}/lost`),
      409,
      'RENTAL_NOT_CHANGEABLE',
    );
    expectApiError(
      await post(`${WORKSHOP_ROUTES.rentals}/${rental.id}/extend`, { dueOn: daysFromToday(30) }),
      409,
      'RENTAL_NOT_CHANGEABLE',
    );
    expectApiError(
      await app.inject({
        url: `${WORKSHOP_ROUTES.rentals}/00000000-0000-4000-8000-000000000000`,
        headers: desk.headers,
      }),
      404,
      'RENTAL_NOT_FOUND',
    );
  });
});
