import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createTestApp,
  expectApiError,
  type SignedInUser,
} from '@zusammen/api/testing';
import { formatInventoryNo, WORKSHOP_ROUTES, type BikeDetail } from '@zusammen/shared/contracts';
import { AppModule } from '../app/app.module';
import { DONATION, intake, ok, transition, WORKSHOP_PASSWORD } from './inventory-fixtures';

const { bikes } = WORKSHOP_ROUTES;
describe('Fahrradwerkstatt: bikes — intake, lookup, edit, label, photos (integration)', () => {
  let app: NestFastifyApplication;
  let team: SignedInUser;
  let staff: SignedInUser;
  let resident: SignedInUser;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    team = await createSignedInUser(app, { password: WORKSHOP_PASSWORD, roles: ['workshop'] });
    staff = await createSignedInUser(app, { password: WORKSHOP_PASSWORD, roles: ['staff'] });
    resident = await createSignedInUser(app, { password: WORKSHOP_PASSWORD, roles: ['resident'] });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('intake gives consecutive inventory numbers and a detail in state intake', async () => {
    const first = await intake(app, team);
    const second = await intake(app, team, { make: 'Kalkhoff' });
    expect(second.inventoryNo).toBe(first.inventoryNo + 1);
    expect(first).toMatchObject({
      label: formatInventoryNo(first.inventoryNo),
      make: 'Gazelle',
      technicalState: 'intake',
      availability: 'not_lendable',
      roadworthyUntil: null,
      overdue: false,
      provenance: { source: 'donation', donorName: 'Familie Terhorst', ownershipBasis: 'donation' },
      photos: [],
      inspections: [],
      workOrders: [],
      rentals: [],
      allowedActions: ['start_assessment', 'hold', 'retire', 'report_missing', 'report_stolen'],
      version: 1,
    });
  });

  it('invalid input answers 422 with a field map, unknown or malformed ids 404', async () => {
    const missing = expectApiError(
      await app.inject({
        method: 'POST',
        url: bikes,
        headers: team.headers,
        payload: { ...DONATION, cycleType: 'unicycle', colours: ['a', 'b', 'c', 'd'] },
      }),
      422,
      'VALIDATION_FAILED',
    );
    expect(Object.keys(missing.details as object)).toEqual(
      expect.arrayContaining(['cycleType', 'colours']),
    );
    const lostWithoutRef = expectApiError(
      await app.inject({
        method: 'POST',
        url: bikes,
        headers: team.headers,
        payload: { ...DONATION, source: 'lost_and_found' },
      }),
      422,
      'VALIDATION_FAILED',
    );
    expect(lostWithoutRef.details).toMatchObject({
      fundbueroRef: expect.any(Array),
      foundOn: expect.any(Array),
      holdEndsOn: expect.any(Array),
    });
    expectApiError(
      await app.inject({
        method: 'POST',
        url: bikes,
        headers: team.headers,
        payload: { ...DONATION, frameNo: null, frameNoStatus: 'present' },
      }),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await app.inject({
        method: 'POST',
        url: bikes,
        headers: team.headers,
        payload: { ...DONATION, receivedOn: '2026-02-30' },
      }),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await app.inject({ method: 'GET', url: `${bikes}/not-a-uuid`, headers: team.headers }),
      404,
      'BIKE_NOT_FOUND',
    );
    expectApiError(
      await app.inject({
        method: 'GET',
        url: `${bikes}/00000000-0000-4000-8000-000000000000`,
        headers: team.headers,
      }),
      404,
      'BIKE_NOT_FOUND',
    );
  });

  it('PATCH with the current version edits; an old version is 409 STALE_VERSION', async () => {
    const bike = await intake(app, team);
    const edited = ok<BikeDetail>(
      await app.inject({
        method: 'PATCH',
        url: `${bikes}/${bike.id}`,
        headers: team.headers,
        payload: {
          version: bike.version,
          make: 'Batavus',
          colours: ['rot', 'weiß'],
          notes: 'Sattel neu',
        },
      }),
    );
    expect(edited).toMatchObject({
      make: 'Batavus',
      colours: ['rot', 'weiß'],
      notes: 'Sattel neu',
    });
    expect(edited.version).toBe(bike.version + 1);
    const stale = expectApiError(
      await app.inject({
        method: 'PATCH',
        url: `${bikes}/${bike.id}`,
        headers: team.headers,
        payload: { version: bike.version, make: 'Sparta' },
      }),
      409,
      'STALE_VERSION',
    );
    expect(stale.details).toEqual({ version: edited.version });
    expectApiError(
      await app.inject({
        method: 'POST',
        url: `${bikes}/${bike.id}/transition`,
        headers: team.headers,
        payload: { action: 'start_assessment', version: bike.version },
      }),
      409,
      'STALE_VERSION',
    );
  });

  it('a transition the state does not allow is 409 with the allowed actions; reasons are required where due', async () => {
    const bike = await intake(app, team);
    const refused = expectApiError(
      await app.inject({
        method: 'POST',
        url: `${bikes}/${bike.id}/transition`,
        headers: team.headers,
        payload: { action: 'make_available', version: bike.version },
      }),
      409,
      'BIKE_ACTION_NOT_ALLOWED',
    );
    expect(refused.details).toMatchObject({
      technicalState: 'intake',
      availability: 'not_lendable',
      allowedActions: bike.allowedActions,
    });
    expectApiError(
      await app.inject({
        method: 'POST',
        url: `${bikes}/${bike.id}/transition`,
        headers: team.headers,
        payload: { action: 'retire', version: bike.version },
      }),
      422,
      'VALIDATION_FAILED',
    );
    const retired = await transition(app, team, bike, 'retire', {
      retirementReason: 'parts_donor',
    });
    expect(retired).toMatchObject({
      technicalState: 'retired',
      retirementReason: 'parts_donor',
      allowedActions: [],
    });
  });

  it('staff read but do not write; residents get nothing', async () => {
    const bike = await intake(app, team);
    expect(
      (await app.inject({ method: 'GET', url: `${bikes}/${bike.id}`, headers: staff.headers }))
        .statusCode,
    ).toBe(200);
    expectApiError(
      await app.inject({ method: 'POST', url: bikes, headers: staff.headers, payload: DONATION }),
      403,
      'FORBIDDEN',
    );
    expectApiError(
      await app.inject({ method: 'GET', url: bikes, headers: resident.headers }),
      403,
      'FORBIDDEN',
    );
  });
});
