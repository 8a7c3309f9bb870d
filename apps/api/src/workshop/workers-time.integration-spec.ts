import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createTestApp,
  expectApiError,
  type SignedInUser,
} from '@zusammen/api/testing';
import {
  WORKSHOP_ROUTES,
  type TimeEntryView,
  type WorkOrderDetail,
  type WorkshopWorkerView,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { intake, ok, WORKSHOP_PASSWORD } from './inventory-fixtures';

const { workers, workOrders, timeEntries } = WORKSHOP_ROUTES;

describe('Fahrradwerkstatt: workers and hours (integration)', () => {
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

  it('creates, lists and edits workers; bad input is 422, unknown ids 404', async () => {
    const created = ok<WorkshopWorkerView>(
      await app.inject({
        method: 'POST',
        url: workers,
        headers: team.headers,
        payload: { displayName: 'Samir H.', programme: 'volunteer' },
      }),
    );
    expect(created).toMatchObject({
      displayName: 'Samir H.',
      programme: 'volunteer',
      userId: null,
      safetyInstructionOn: null,
      mayInspect: false,
      active: true,
    });
    const edited = ok<WorkshopWorkerView>(
      await app.inject({
        method: 'PATCH',
        url: `${workers}/${created.id}`,
        headers: team.headers,
        payload: { safetyInstructionOn: '2026-11-03', mayInspect: true },
      }),
    );
    expect(edited).toMatchObject({ safetyInstructionOn: '2026-11-03', mayInspect: true });
    const listed = ok<WorkshopWorkerView[]>(
      await app.inject({ method: 'GET', url: workers, headers: staff.headers }),
    );
    expect(listed).toContainEqual(edited);
    expectApiError(
      await app.inject({
        method: 'POST',
        url: workers,
        headers: team.headers,
        payload: { displayName: '', programme: 'minijob' },
      }),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await app.inject({
        method: 'PATCH',
        url: `${workers}/${created.id}`,
        headers: team.headers,
        payload: { safetyInstructionOn: '2026-13-01' },
      }),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await app.inject({
        method: 'PATCH',
        url: `${workers}/00000000-0000-4000-8000-000000000000`,
        headers: team.headers,
        payload: { active: false },
      }),
      404,
      'WORKER_NOT_FOUND',
    );
    expectApiError(
      await app.inject({
        method: 'POST',
        url: workers,
        headers: staff.headers,
        payload: { displayName: 'x', programme: 'volunteer' },
      }),
      403,
      'FORBIDDEN',
    );
  });

  it('hours per month and worker; approval by the coordinator is recorded once', async () => {
    const worker = ok<WorkshopWorkerView>(
      await app.inject({
        method: 'POST',
        url: workers,
        headers: team.headers,
        payload: {
          displayName: 'Dilan A.',
          programme: 'asylblg_5',
          safetyInstructionOn: '2026-09-01',
        },
      }),
    );
    const bike = await intake(app, team);
    const order = ok<WorkOrderDetail>(
      await app.inject({
        method: 'POST',
        url: workOrders,
        headers: team.headers,
        payload: { bikeId: bike.id, problem: 'Bremsen', tasks: [] },
      }),
    );
    for (const [workedOn, minutes] of [
      ['2026-10-30', 60],
      ['2026-11-02', 120],
      ['2026-11-03', 45],
    ] as const)
      ok(
        await app.inject({
          method: 'POST',
          url: `${workOrders}/${order.id}/time`,
          headers: team.headers,
          payload: { workerId: worker.id, workedOn, minutes },
        }),
      );
    const november = ok<TimeEntryView[]>(
      await app.inject({
        method: 'GET',
        url: `${timeEntries}?month=2026-11&workerId=${worker.id}`,
        headers: staff.headers,
      }),
    );
    expect(november.map((e) => [e.workedOn, e.minutes, e.programme, e.approved])).toEqual([
      ['2026-11-03', 45, 'asylblg_5', false],
      ['2026-11-02', 120, 'asylblg_5', false],
    ]);
    const approved = ok<TimeEntryView>(
      await app.inject({
        method: 'POST',
        url: `${timeEntries}/${november[0].id}/approve`,
        headers: staff.headers,
      }),
    );
    expect(approved).toMatchObject({ id: november[0].id, approved: true });
    ok(
      await app.inject({
        method: 'POST',
        url: `${timeEntries}/${november[0].id}/approve`,
        headers: team.headers,
      }),
    );
    const audits: { count: number }[] = await app
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS count FROM audit_event WHERE action = 'workshop.time-approved' AND subject_id = $1`,
        [november[0].id],
      );
    expect(audits[0].count).toBe(1);
    expectApiError(
      await app.inject({
        method: 'GET',
        url: `${timeEntries}?month=2026-13`,
        headers: team.headers,
      }),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await app.inject({
        method: 'POST',
        url: `${timeEntries}/00000000-0000-4000-8000-000000000000/approve`,
        headers: team.headers,
      }),
      404,
      'NOT_FOUND',
    );
  });
});
