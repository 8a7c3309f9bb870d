import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createTestApp,
  expectApiError,
  type SignedInUser,
} from '@zusammen/api/testing';
import {
  INSPECTION_TEMPLATE_V1,
  WORKSHOP_ROUTES,
  type BikeDetail,
  type InspectionTemplateView,
  type InspectionView,
  type WorkshopSettingsView,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import {
  bikeAwaitingInspection,
  checklist,
  inspect,
  intake,
  LOST_AND_FOUND,
  ok,
  transition,
  WORKSHOP_PASSWORD,
} from './inventory-fixtures';

const { bikes, inspectionTemplate, settings } = WORKSHOP_ROUTES;
const DAY_MS = 24 * 60 * 60 * 1000;

describe('Fahrradwerkstatt: StVZO inspection and the lendable gate (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let team: SignedInUser;

  const detail = async (id: string): Promise<BikeDetail> =>
    ok(await app.inject({ method: 'GET', url: `${bikes}/${id}`, headers: team.headers }));

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    team = await createSignedInUser(app, { password: WORKSHOP_PASSWORD, roles: ['workshop'] });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('serves the current checklist version with the StVZO items', async () => {
    const template = ok<InspectionTemplateView>(
      await app.inject({ method: 'GET', url: inspectionTemplate, headers: team.headers }),
    );
    expect(template.version).toBeGreaterThanOrEqual(1);
    const v1 = ok<InspectionTemplateView>(
      await app.inject({ method: 'GET', url: `${inspectionTemplate}/1`, headers: team.headers }),
    );
    expect(v1).toEqual({ version: 1, items: [...INSPECTION_TEMPLATE_V1] });
    expectApiError(
      await app.inject({ method: 'GET', url: `${inspectionTemplate}/999`, headers: team.headers }),
      422,
      'VALIDATION_FAILED',
    );
  });

  it('a bike that is not at the inspection stand cannot be inspected (409)', async () => {
    const bike = await intake(app, team);
    const refused = expectApiError(
      await inspect(app, team, bike.id),
      409,
      'BIKE_ACTION_NOT_ALLOWED',
    );
    expect(refused.details).toMatchObject({ technicalState: 'intake' });
  });

  it('an incomplete inspection is 422 INSPECTION_INCOMPLETE and changes nothing', async () => {
    const bike = await bikeAwaitingInspection(app, team);
    const { brakes: _left, ...withoutBrakes } = checklist();
    const missing = expectApiError(
      await inspect(app, team, bike.id, withoutBrakes),
      422,
      'INSPECTION_INCOMPLETE',
    );
    expect(missing.details).toEqual({
      missing: ['brakes'],
      unknown: [],
      mandatoryNotApplicable: [],
    });
    const na = expectApiError(
      await inspect(app, team, bike.id, checklist({ bell: 'na' })),
      422,
      'INSPECTION_INCOMPLETE',
    );
    expect(na.details).toMatchObject({ mandatoryNotApplicable: ['bell'] });
    expectApiError(
      await inspect(app, team, bike.id, { ...checklist(), brakes: 'maybe' as never }),
      422,
      'VALIDATION_FAILED',
    );
    const after = await detail(bike.id);
    expect(after).toMatchObject({ technicalState: 'inspection', inspections: [] });
  });

  it('a failed item fails the inspection: back to repair, not lendable', async () => {
    const bike = await bikeAwaitingInspection(app, team);
    const failed = ok<InspectionView>(
      await inspect(app, team, bike.id, checklist({ rear_light: 'fail', quick_releases: 'na' })),
    );
    expect(failed).toMatchObject({ result: 'failed', validUntil: null, templateVersion: 1 });
    expect(await detail(bike.id)).toMatchObject({
      technicalState: 'in_repair',
      availability: 'not_lendable',
      roadworthyUntil: null,
    });
  });

  it('a pass makes the bike roadworthy until now + the validity, and available', async () => {
    const config = ok<WorkshopSettingsView>(
      await app.inject({ method: 'GET', url: settings, headers: team.headers }),
    );
    const bike = await bikeAwaitingInspection(app, team);
    const before = Date.now();
    const passed = ok<InspectionView>(await inspect(app, team, bike.id));
    expect(passed.result).toBe('passed');
    const validUntil = new Date(passed.validUntil ?? '').getTime();
    expect(validUntil).toBeGreaterThanOrEqual(
      before + config.inspectionValidityDays * DAY_MS - 1000,
    );
    expect(validUntil).toBeLessThanOrEqual(Date.now() + config.inspectionValidityDays * DAY_MS);
    const after = await detail(bike.id);
    expect(after).toMatchObject({
      technicalState: 'roadworthy',
      availability: 'available',
      roadworthyUntil: passed.validUntil,
      inspections: [expect.objectContaining({ id: passed.id, result: 'passed' })],
    });
    // the inspection is append-only
    await expect(
      db.query(`UPDATE bike_inspection SET result = 'failed' WHERE id = $1`, [passed.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('ck_bike_lendable_only_roadworthy: a direct UPDATE cannot make a broken bike available', async () => {
    const bike = await bikeAwaitingInspection(app, team);
    await expect(
      db.query(`UPDATE bike SET availability = 'available' WHERE id = $1`, [bike.id]),
    ).rejects.toMatchObject({
      driverError: { code: '23514', constraint: 'ck_bike_lendable_only_roadworthy' },
    });
    ok(await inspect(app, team, bike.id));
    await expect(
      db.query(
        `UPDATE bike SET technical_state = 'defective', roadworthy_until = NULL WHERE id = $1`,
        [bike.id],
      ),
    ).rejects.toMatchObject({ driverError: { constraint: 'ck_bike_lendable_only_roadworthy' } });
    expect(await detail(bike.id)).toMatchObject({
      technicalState: 'roadworthy',
      availability: 'available',
    });
  });

  it('an S-pedelec passes the inspection but is never made available', async () => {
    const bike = await bikeAwaitingInspection(app, team, { propulsion: 's_pedelec' });
    ok(await inspect(app, team, bike.id));
    const roadworthy = await detail(bike.id);
    expect(roadworthy).toMatchObject({
      technicalState: 'roadworthy',
      availability: 'not_lendable',
    });
    expect(roadworthy.allowedActions).not.toContain('make_available');
    expectApiError(
      await app.inject({
        method: 'POST',
        url: `${bikes}/${bike.id}/transition`,
        headers: team.headers,
        payload: { action: 'make_available', version: roadworthy.version },
      }),
      409,
      'BIKE_ACTION_NOT_ALLOWED',
    );
    await expect(
      db.query(`UPDATE bike SET availability = 'available' WHERE id = $1`, [bike.id]),
    ).rejects.toMatchObject({ driverError: { constraint: 'ck_bike_motor_vehicle_not_lendable' } });
  });

  it('lost and found: no repair before ownership and a clear police check; not available before the hold ends', async () => {
    let bike = await intake(app, team, LOST_AND_FOUND);
    bike = await transition(app, team, bike, 'start_assessment');
    bike = await transition(app, team, bike, 'hold', { reason: 'Fundbüro-Frist' });
    expect(bike.allowedActions).not.toContain('start_repair');
    expectApiError(
      await app.inject({
        method: 'POST',
        url: `${bikes}/${bike.id}/transition`,
        headers: team.headers,
        payload: { action: 'start_repair', version: bike.version },
      }),
      422,
      'HOLDING_PERIOD_RUNNING',
    );
    bike = ok<BikeDetail>(
      await app.inject({
        method: 'PATCH',
        url: `${bikes}/${bike.id}`,
        headers: team.headers,
        payload: {
          version: bike.version,
          ownershipBasis: 'municipality',
          policeCheckOn: '2026-06-01',
          policeCheckResult: 'flagged',
        },
      }),
    );
    expectApiError(
      await app.inject({
        method: 'POST',
        url: `${bikes}/${bike.id}/transition`,
        headers: team.headers,
        payload: { action: 'start_repair', version: bike.version },
      }),
      422,
      'HOLDING_PERIOD_RUNNING',
    );
    bike = ok<BikeDetail>(
      await app.inject({
        method: 'PATCH',
        url: `${bikes}/${bike.id}`,
        headers: team.headers,
        payload: { version: bike.version, policeCheckResult: 'clear' },
      }),
    );
    bike = await transition(app, team, bike, 'start_repair');
    bike = await transition(app, team, bike, 'send_to_inspection');
    ok(await inspect(app, team, bike.id));
    bike = await detail(bike.id);
    // repaired and checked, but the holding period (until 2099) still runs
    expect(bike).toMatchObject({ technicalState: 'roadworthy', availability: 'not_lendable' });
    expectApiError(
      await app.inject({
        method: 'POST',
        url: `${bikes}/${bike.id}/transition`,
        headers: team.headers,
        payload: { action: 'make_available', version: bike.version },
      }),
      422,
      'HOLDING_PERIOD_RUNNING',
    );
    bike = ok<BikeDetail>(
      await app.inject({
        method: 'PATCH',
        url: `${bikes}/${bike.id}`,
        headers: team.headers,
        payload: { version: bike.version, holdEndsOn: '2026-11-01' },
      }),
    );
    expect(await transition(app, team, bike, 'make_available')).toMatchObject({
      availability: 'available',
    });
  });

  it('retired and stolen bikes are never inspected or lent again', async () => {
    for (const action of ['retire', 'report_stolen'] as const) {
      const bike = await bikeAwaitingInspection(app, team);
      const gone = await transition(app, team, bike, action, { retirementReason: 'scrap' });
      expect(gone.allowedActions).toEqual([]);
      expectApiError(await inspect(app, team, bike.id), 409, 'BIKE_ACTION_NOT_ALLOWED');
    }
  });
});
