import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createSignedInUser, createTestApp, type SignedInUser } from '@zusammen/api/testing';
import { WORKSHOP_ROUTES, type ApiErrorBody } from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import {
  createBorrower,
  createLendableBike,
  handoutRequest,
  DESK_PASSWORD,
} from './counter-fixtures';

const BORROWERS = 100;

/**
 * Invariant 4 under load (issue 7): 100 different eligible borrowers ask for the last available bike at the same
 * moment, through the HTTP API with a pool of 40 connections. The bike row lock serialises them; exactly one
 * handout succeeds, the other 99 get 409 BIKE_NOT_AVAILABLE (never a 500), and the bike has one open rental.
 */
describe('workshop handout: 100 concurrent handouts of the last bike (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let desks: SignedInUser[];

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule], env: { DB_POOL_SIZE: '40' } });
    db = app.get(DataSource);
    desks = [
      await createSignedInUser(app, { password: DESK_PASSWORD, roles: ['workshop'] }),
      await createSignedInUser(app, { password: DESK_PASSWORD, roles: ['workshop'] }),
    ];
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('exactly one 201, 99 × 409 BIKE_NOT_AVAILABLE, one open rental', async () => {
    const bike = await createLendableBike(db, desks[0].user.id);
    const borrowers: string[] = [];
    for (let i = 0; i < BORROWERS; i++) borrowers.push(await createBorrower(db));

    const responses = await Promise.all(
      borrowers.map((borrowerId, i) =>
        app.inject({
          method: 'POST',
          url: WORKSHOP_ROUTES.rentals,
          headers: { ...desks[i % desks.length].headers, 'idempotency-key': `race-${i}` },
          payload: handoutRequest(bike.id, borrowerId),
        }),
      ),
    );

    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(BORROWERS - 1);
    const codes = new Set(
      responses.filter((r) => r.statusCode === 409).map((r) => r.json<ApiErrorBody>().code),
    );
    expect([...codes]).toEqual(['BIKE_NOT_AVAILABLE']);
    const open = await db.query(
      `SELECT borrower_id FROM rental WHERE bike_id = $1 AND status IN ('reserved', 'active')`,
      [bike.id],
    );
    expect(open).toHaveLength(1);
    const winner = responses.findIndex((r) => r.statusCode === 201);
    expect(open[0].borrower_id).toBe(borrowers[winner]);
    const [row] = await db.query(`SELECT availability FROM bike WHERE id = $1`, [bike.id]);
    expect(row.availability).toBe('on_loan');
  }, 120_000);
});
