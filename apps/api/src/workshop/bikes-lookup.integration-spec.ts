import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createTestApp,
  expectApiError,
  type SignedInUser,
} from '@zusammen/api/testing';
import {
  WORKSHOP_ROUTES,
  type BikeDetail,
  type BikeSummary,
  type Page,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { intake, ok, WORKSHOP_PASSWORD } from './inventory-fixtures';

const { bikes } = WORKSHOP_ROUTES;

describe('Fahrradwerkstatt: finding bikes — by number, list, rentals on the bike (integration)', () => {
  let app: NestFastifyApplication;
  let team: SignedInUser;
  let staff: SignedInUser;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    team = await createSignedInUser(app, { password: WORKSHOP_PASSWORD, roles: ['workshop'] });
    staff = await createSignedInUser(app, { password: WORKSHOP_PASSWORD, roles: ['staff'] });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('finds a bike by FR-0042, by 42 and by its label URL; an unknown number is 404', async () => {
    const bike = await intake(app, team);
    for (const text of [
      bike.label,
      String(bike.inventoryNo),
      `https://x.test/werkstatt/ausgabe?fahrrad=${bike.label}`,
    ]) {
      const found = ok<BikeDetail>(
        await app.inject({
          method: 'GET',
          url: `${bikes}/by-number/${encodeURIComponent(text)}`,
          headers: team.headers,
        }),
      );
      expect(found.id).toBe(bike.id);
    }
    expectApiError(
      await app.inject({
        method: 'GET',
        url: `${bikes}/by-number/999999999`,
        headers: team.headers,
      }),
      404,
      'BIKE_NOT_FOUND',
    );
    for (const junk of ['abc', '100%25', 'FR-%E2%82%AC'])
      expectApiError(
        await app.inject({
          method: 'GET',
          url: `${bikes}/by-number/${junk}`,
          headers: team.headers,
        }),
        404,
        'BIKE_NOT_FOUND',
      );
  });

  it('lists with filters, search and a cursor', async () => {
    const marker = `Marke-${Date.now()}`;
    const made: BikeDetail[] = [];
    for (let i = 0; i < 3; i++)
      made.push(await intake(app, team, { make: marker, cycleType: 'cargo' }));
    const page = ok<Page<BikeSummary>>(
      await app.inject({
        method: 'GET',
        url: `${bikes}?q=${marker}&cycleType=cargo&technicalState=intake`,
        headers: staff.headers,
      }),
    );
    expect(page.items.map((b) => b.id)).toEqual(made.map((b) => b.id).reverse());
    const byNumber = ok<Page<BikeSummary>>(
      await app.inject({
        method: 'GET',
        url: `${bikes}?q=${made[0].label}`,
        headers: team.headers,
      }),
    );
    expect(byNumber.items.map((b) => b.id)).toContain(made[0].id);
    const first = ok<Page<BikeSummary>>(
      await app.inject({ method: 'GET', url: bikes, headers: team.headers }),
    );
    if (first.nextCursor !== null) {
      const next = ok<Page<BikeSummary>>(
        await app.inject({
          method: 'GET',
          url: `${bikes}?cursor=${first.nextCursor}`,
          headers: team.headers,
        }),
      );
      expect(next.items[0].inventoryNo).toBeLessThan(
        first.items[first.items.length - 1].inventoryNo,
      );
    }
    expectApiError(
      await app.inject({ method: 'GET', url: `${bikes}?cursor=xyz`, headers: team.headers }),
      422,
      'VALIDATION_FAILED',
    );
  });

  it('the bike shows its rentals; borrower names only to the workshop team', async () => {
    const bike = await intake(app, team);
    const db = app.get(DataSource);
    const [{ id: borrowerId }]: { id: string }[] = await db.query(
      `INSERT INTO borrower (display_name, phone, preferred_locale, reminder_channel)
       VALUES ('Amina S.', '+49 2861 000000', 'ar', 'phone') RETURNING id`,
    );
    const [{ id: rentalId }]: { id: string }[] = await db.query(
      `INSERT INTO rental (bike_id, borrower_id, status, reserved_until, contract_type, contract_version,
                           contract_locale, fee_cents, fee_status, deposit_cents, deposit_status)
       VALUES ($1, $2, 'reserved', now() + interval '1 day', 'miete', 1, 'ar', 500, 'open', 2000, 'held')
       RETURNING id`,
      [bike.id, borrowerId],
    );
    const asTeam = ok<BikeDetail>(
      await app.inject({ method: 'GET', url: `${bikes}/${bike.id}`, headers: team.headers }),
    );
    expect(asTeam.rentals).toEqual([
      expect.objectContaining({
        id: rentalId,
        bikeLabel: bike.label,
        borrowerId,
        borrowerName: 'Amina S.',
        borrowerPhone: '+49 2861 000000',
        status: 'reserved',
        overdueDays: 0,
        openDamage: false,
      }),
    ]);
    const asStaff = ok<BikeDetail>(
      await app.inject({ method: 'GET', url: `${bikes}/${bike.id}`, headers: staff.headers }),
    );
    expect(asStaff.rentals).toEqual([
      expect.objectContaining({ id: rentalId, borrowerName: '', borrowerPhone: null }),
    ]);
  });
});
