import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createSignedInUser, createTestApp, type SignedInUser } from '@zusammen/api/testing';
import { WORKSHOP_ROUTES, type MyBikeRentals, type RentalDetail } from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import {
  createBorrower,
  createLendableBike,
  daysFromToday,
  DESK_PASSWORD,
  handoutRequest,
} from './counter-fixtures';

/** WORKSHOP_ROUTES.mine: a resident sees only their own rentals, waiting list and eligibility. */
describe('workshop: my bike rentals (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let desk: SignedInUser;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    desk = await createSignedInUser(app, { password: DESK_PASSWORD, roles: ['workshop'] });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('shows the own rental, waiting-list place and eligibility; others see nothing of it', async () => {
    const me = await createSignedInUser(app, { password: DESK_PASSWORD, roles: ['resident'] });
    const stranger = await createSignedInUser(app, {
      password: DESK_PASSWORD,
      roles: ['resident'],
    });
    const borrowerId = await createBorrower(db, {
      userId: me.user.id,
      displayName: 'Meine Person',
      eligibleUntil: daysFromToday(50),
    });
    const bike = await createLendableBike(db, desk.user.id);
    const handout = await app.inject({
      method: 'POST',
      url: WORKSHOP_ROUTES.rentals,
      headers: desk.headers,
      payload: handoutRequest(bike.id, borrowerId),
    });
    expect(handout.statusCode).toBe(201);
    await app.inject({
      method: 'POST',
      url: WORKSHOP_ROUTES.waitlist,
      headers: desk.headers,
      // a size no spec's bike has, so inspections elsewhere never offer it a bike
      payload: { borrowerId, cycleType: 'cargo', wheelInches: 29 },
    });

    const mine = await app.inject({ url: WORKSHOP_ROUTES.mine, headers: me.headers });
    expect(mine.statusCode).toBe(200);
    const body = mine.json<MyBikeRentals>();
    expect(body).toMatchObject({
      eligibleUntil: daysFromToday(50),
      briefed: true,
      rentals: [
        {
          id: handout.json<RentalDetail>().id,
          bikeLabel: handout.json<RentalDetail>().bikeLabel,
          status: 'active',
          dueOn: daysFromToday(28),
          overdueDays: 0,
        },
      ],
      waitlist: [{ cycleType: 'cargo', status: 'waiting', position: expect.any(Number) }],
    });
    expect(mine.body).not.toContain('Meine Person');
    expect(mine.body).not.toContain('borrowerPhone');

    const theirs = await app.inject({ url: WORKSHOP_ROUTES.mine, headers: stranger.headers });
    expect(theirs.json<MyBikeRentals>()).toEqual({
      rentals: [],
      waitlist: [],
      eligibleUntil: null,
      briefed: false,
    });
    expect(
      (await app.inject({ url: WORKSHOP_ROUTES.mine, headers: desk.headers })).statusCode,
    ).toBe(403);
  });
});
