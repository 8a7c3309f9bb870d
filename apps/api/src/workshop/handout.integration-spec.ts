import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createUserAccount,
  createTestApp,
  expectApiError,
  type SignedInUser,
} from '@zusammen/api/testing';
import {
  WORKSHOP_ROUTES,
  type HandoutCheckResponse,
  type RentalDetail,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import {
  createBorrower,
  createLendableBike,
  daysFromToday,
  handoutRequest,
  isoDaysAgo,
  DESK_PASSWORD,
} from './counter-fixtures';
import { insertTestRental } from './workshop-reports-fixtures';

const PNG_SIGNATURE = `data:image/png;base64,${Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64),
]).toString('base64')}`;

/** The handout gate matrix (workshop.md § 6): one refusal per missing prerequisite, the database as last word. */
describe('workshop handout: every gate (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let desk: SignedInUser;

  const handout = (payload: object, key?: string) =>
    app.inject({
      method: 'POST',
      url: WORKSHOP_ROUTES.rentals,
      headers: key ? { ...desk.headers, 'idempotency-key': key } : desk.headers,
      payload,
    });

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    desk = await createSignedInUser(app, { password: DESK_PASSWORD, roles: ['workshop'] });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('hands out: 201, active rental with frozen terms, bike on loan, due-soon reminder for an account', async () => {
    const resident = await createUserAccount(db, { roles: ['resident'] });
    const bike = await createLendableBike(db, desk.user.id);
    const borrowerId = await createBorrower(db, { userId: resident.id });
    await db.query(`UPDATE workshop_settings SET fee_cents = 700, loan_days = 21 WHERE id = 1`);
    try {
      const response = await handout({
        ...handoutRequest(bike.id, borrowerId),
        signatureKind: 'on_screen',
        signatureImage: PNG_SIGNATURE,
      });
      expect(response.statusCode).toBe(201);
      const rental = response.json<RentalDetail>();
      expect(rental).toMatchObject({
        status: 'active',
        bikeId: bike.id,
        borrowerId,
        feeCents: 700,
        contractType: 'miete',
        contractVersion: 1,
        contractLocale: 'ar',
        dueOn: daysFromToday(21),
        depositStatus: 'held',
        accessoriesOut: ['lock', 'lights'],
        signatureKind: 'on_screen',
        handedOutByName: desk.user.displayName,
        contractUrl: `${WORKSHOP_ROUTES.rentals}/${rental.id}/contract.pdf`,
      });
      const [stored] = await db.query(`SELECT inspection_id FROM rental WHERE id = $1`, [
        rental.id,
      ]);
      expect(stored.inspection_id).toBe(bike.inspectionId);
      const [bikeRow] = await db.query(`SELECT availability FROM bike WHERE id = $1`, [bike.id]);
      expect(bikeRow.availability).toBe('on_loan');
      const reminders = await db.query(
        `SELECT recipient_id, channel, status, deliver_after, payload FROM notification WHERE idempotency_key = $1`,
        [`rental-due/${rental.id}/due_soon`],
      );
      expect(reminders).toHaveLength(1);
      expect(reminders[0]).toMatchObject({
        recipient_id: resident.id,
        channel: 'in_app',
        status: 'pending',
        payload: { rentalId: rental.id, dueOn: daysFromToday(21), stage: 'due_soon' },
      });
      // later settings changes do not touch the frozen terms
      await db.query(`UPDATE workshop_settings SET fee_cents = 900 WHERE id = 1`);
      const again = await app.inject({
        url: `${WORKSHOP_ROUTES.rentals}/${rental.id}`,
        headers: desk.headers,
      });
      expect(again.json<RentalDetail>().feeCents).toBe(700);
    } finally {
      await db.query(`UPDATE workshop_settings SET fee_cents = 500, loan_days = 28 WHERE id = 1`);
    }
  });

  it('serves the contract of a handed-out rental as PDF', async () => {
    const bike = await createLendableBike(db, desk.user.id);
    const borrowerId = await createBorrower(db, { displayName: 'فاطمة أحمد' });
    const rental = (await handout(handoutRequest(bike.id, borrowerId))).json<RentalDetail>();
    const pdf = await app.inject({ url: rental.contractUrl, headers: desk.headers });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expectApiError(
      await app.inject({
        url: `${WORKSHOP_ROUTES.rentals}/00000000-0000-4000-8000-000000000000/contract.pdf`,
        headers: desk.headers,
      }),
      404,
      'RENTAL_NOT_FOUND',
    );
  });

  it('no inspection → 409 INSPECTION_MISSING', async () => {
    const bike = await createLendableBike(db, desk.user.id, { inspection: null });
    const borrowerId = await createBorrower(db);
    const body = expectApiError(
      await handout(handoutRequest(bike.id, borrowerId)),
      409,
      'INSPECTION_MISSING',
    );
    expect(body.details).toEqual({ refusals: ['INSPECTION_MISSING'] });
  });

  it('an inspection older than the last return → 409 INSPECTION_MISSING', async () => {
    const bike = await createLendableBike(db, desk.user.id, {
      inspection: { performedAt: isoDaysAgo(10), validDays: 30 },
    });
    const earlier = await createBorrower(db);
    await insertTestRental(db, {
      bikeId: bike.id,
      borrowerId: earlier,
      inspectionId: bike.inspectionId ?? '',
      handedOutAt: isoDaysAgo(9),
      dueOn: daysFromToday(10),
      returnedAt: isoDaysAgo(2),
    });
    const borrowerId = await createBorrower(db);
    expectApiError(await handout(handoutRequest(bike.id, borrowerId)), 409, 'INSPECTION_MISSING');
  });

  it('an inspection older than the last completed work order → 409 INSPECTION_MISSING', async () => {
    const bike = await createLendableBike(db, desk.user.id, {
      inspection: { performedAt: isoDaysAgo(5), validDays: 30 },
    });
    await db.query(
      `INSERT INTO work_order (bike_id, problem, status, completed_at) VALUES ($1, 'Kette gewechselt', 'done', $2)`,
      [bike.id, isoDaysAgo(1)],
    );
    const borrowerId = await createBorrower(db);
    expectApiError(await handout(handoutRequest(bike.id, borrowerId)), 409, 'INSPECTION_MISSING');
  });

  it('an expired inspection → 409 INSPECTION_EXPIRED', async () => {
    const bike = await createLendableBike(db, desk.user.id, {
      inspection: { performedAt: isoDaysAgo(40), validDays: 30 },
    });
    const borrowerId = await createBorrower(db);
    expectApiError(await handout(handoutRequest(bike.id, borrowerId)), 409, 'INSPECTION_EXPIRED');
  });

  it.each([
    ['ELIGIBILITY_EXPIRED', { eligibleUntil: daysFromToday(-1) }],
    ['ELIGIBILITY_MISSING', { eligibleUntil: null }],
    ['BRIEFING_MISSING', { briefed: false }],
    ['BORROWER_BLOCKED', { blockedUntil: daysFromToday(14) }],
  ] as const)('borrower gate → 409 %s', async (code, options) => {
    const bike = await createLendableBike(db, desk.user.id);
    const borrowerId = await createBorrower(db, options);
    const body = expectApiError(await handout(handoutRequest(bike.id, borrowerId)), 409, code);
    expect(body.details).toEqual({ refusals: [code] });
    const [bikeRow] = await db.query(`SELECT availability FROM bike WHERE id = $1`, [bike.id]);
    expect(bikeRow.availability).toBe('available');
  });

  it('open rentals at the limit → 409 RENTAL_LIMIT_REACHED', async () => {
    const first = await createLendableBike(db, desk.user.id);
    const second = await createLendableBike(db, desk.user.id);
    const borrowerId = await createBorrower(db);
    expect((await handout(handoutRequest(first.id, borrowerId))).statusCode).toBe(201);
    expectApiError(
      await handout(handoutRequest(second.id, borrowerId)),
      409,
      'RENTAL_LIMIT_REACHED',
    );
  });

  it('a bike on loan → 409 BIKE_NOT_AVAILABLE; every refusal is listed at once', async () => {
    const bike = await createLendableBike(db, desk.user.id, {
      inspection: { performedAt: isoDaysAgo(40), validDays: 30 },
    });
    await db.query(`UPDATE bike SET availability = 'not_lendable' WHERE id = $1`, [bike.id]);
    const borrowerId = await createBorrower(db, {
      briefed: false,
      eligibleUntil: daysFromToday(-3),
    });
    const body = expectApiError(
      await handout(handoutRequest(bike.id, borrowerId)),
      409,
      'BIKE_NOT_AVAILABLE',
    );
    expect(body.details).toEqual({
      refusals: [
        'BIKE_NOT_AVAILABLE',
        'INSPECTION_EXPIRED',
        'ELIGIBILITY_EXPIRED',
        'BRIEFING_MISSING',
      ],
    });
  });

  it('the pre-check lists the refusals and the terms without handing out', async () => {
    const bike = await createLendableBike(db, desk.user.id);
    const borrowerId = await createBorrower(db, { briefed: false });
    const response = await app.inject({
      method: 'POST',
      url: `${WORKSHOP_ROUTES.rentals}/check`,
      headers: desk.headers,
      payload: { bikeId: bike.id, borrowerId },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<HandoutCheckResponse>()).toMatchObject({
      refusals: ['BRIEFING_MISSING'],
      contractType: 'miete',
      feeCents: 500,
      depositCents: 2000,
      dueOn: daysFromToday(28),
    });
  });

  it('an on-screen signature needs a PNG image → 422 SIGNATURE_REQUIRED', async () => {
    const bike = await createLendableBike(db, desk.user.id);
    const borrowerId = await createBorrower(db);
    expectApiError(
      await handout({ ...handoutRequest(bike.id, borrowerId), signatureKind: 'on_screen' }),
      422,
      'SIGNATURE_REQUIRED',
    );
    expectApiError(
      await handout({
        ...handoutRequest(bike.id, borrowerId),
        signatureKind: 'on_screen',
        signatureImage: 'data:image/png;base64,aGVsbG8=',
      }),
      422,
      'SIGNATURE_REQUIRED',
    );
  });

  it('a repeated request with the same Idempotency-Key returns the first rental', async () => {
    const bike = await createLendableBike(db, desk.user.id);
    const borrowerId = await createBorrower(db);
    const first = await handout(handoutRequest(bike.id, borrowerId), 'handout-replay-1');
    const second = await handout(handoutRequest(bike.id, borrowerId), 'handout-replay-1');
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.json<RentalDetail>().id).toBe(first.json<RentalDetail>().id);
    const rows = await db.query(`SELECT id FROM rental WHERE bike_id = $1`, [bike.id]);
    expect(rows).toHaveLength(1);
  });

  it('the database trigger refuses a direct INSERT of an active rental without a valid inspection', async () => {
    const bike = await createLendableBike(db, desk.user.id, {
      inspection: { performedAt: isoDaysAgo(40), validDays: 30 },
    });
    const borrowerId = await createBorrower(db);
    const insert = (inspectionId: string | null) =>
      db.query(
        `INSERT INTO rental (bike_id, borrower_id, status, inspection_id, contract_type, contract_version,
                             contract_locale, fee_cents, fee_status, deposit_cents, deposit_status, signature_kind,
                             handed_out_at, due_on)
         VALUES ($1, $2, 'active', $3, 'miete', 1, 'de', 500, 'paid', 2000, 'held', 'paper', now(), current_date + 7)`,
        [bike.id, borrowerId, inspectionId],
      );
    await expect(insert(bike.inspectionId)).rejects.toMatchObject({
      driverError: {
        code: '23514',
        constraint: 'ck_rental_handout_gate',
        message: 'INSPECTION_EXPIRED',
      },
    });
    const other = await createLendableBike(db, desk.user.id);
    await expect(insert(other.inspectionId)).rejects.toMatchObject({
      driverError: {
        code: '23514',
        constraint: 'ck_rental_handout_gate',
        message: 'INSPECTION_MISSING',
      },
    });
    expect(await db.query(`SELECT id FROM rental WHERE bike_id = $1`, [bike.id])).toHaveLength(0);
  });

  it('only the workshop role may hand out', async () => {
    const bike = await createLendableBike(db, desk.user.id);
    const borrowerId = await createBorrower(db);
    const resident = await app.inject({
      method: 'POST',
      url: WORKSHOP_ROUTES.rentals,
      payload: handoutRequest(bike.id, borrowerId),
    });
    expect(resident.statusCode).toBe(401);
  });
});
