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
  type WorkOrderDetail,
  type WorkOrderSummary,
  type WorkshopWorkerView,
} from '@zusammen/shared/contracts';
import { AppModule } from '../app/app.module';
import { intake, ok, stockedPart, transition, WORKSHOP_PASSWORD } from './inventory-fixtures';

const { bikes, workOrders, workers } = WORKSHOP_ROUTES;

describe('Fahrradwerkstatt: work orders, parts used, time (integration)', () => {
  let app: NestFastifyApplication;
  let team: SignedInUser;

  const bikeInRepair = async (): Promise<BikeDetail> => {
    let bike = await intake(app, team);
    bike = await transition(app, team, bike, 'start_assessment');
    return transition(app, team, bike, 'start_repair');
  };
  const createOrder = async (bikeId: string, extra: Record<string, unknown> = {}) =>
    ok<WorkOrderDetail>(
      await app.inject({
        method: 'POST',
        url: workOrders,
        headers: team.headers,
        payload: {
          bikeId,
          problem: 'Hinterrad eiert',
          tasks: ['Speichen spannen', 'Schlauch'],
          ...extra,
        },
      }),
    );
  const patch = (order: { id: string; version: number }, payload: Record<string, unknown>) =>
    app.inject({
      method: 'PATCH',
      url: `${workOrders}/${order.id}`,
      headers: team.headers,
      payload: { version: order.version, ...payload },
    });
  const worker = async (payload: Record<string, unknown>) =>
    ok<WorkshopWorkerView>(
      await app.inject({ method: 'POST', url: workers, headers: team.headers, payload }),
    );

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    team = await createSignedInUser(app, { password: WORKSHOP_PASSWORD, roles: ['workshop'] });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('creates a queued order with tasks; lists it by bike', async () => {
    const bike = await bikeInRepair();
    const order = await createOrder(bike.id);
    expect(order).toMatchObject({
      bikeId: bike.id,
      bikeLabel: bike.label,
      status: 'queued',
      tasks: [
        { title: 'Speichen spannen', done: false },
        { title: 'Schlauch', done: false },
      ],
      tasksDone: 0,
      tasksTotal: 2,
      parts: [],
      time: [],
      partsCostCents: 0,
      minutesTotal: 0,
      version: 1,
    });
    const list = ok<WorkOrderSummary[]>(
      await app.inject({
        method: 'GET',
        url: `${workOrders}?bikeId=${bike.id}`,
        headers: team.headers,
      }),
    );
    expect(list.map((o) => o.id)).toEqual([order.id]);
    expectApiError(
      await app.inject({
        method: 'POST',
        url: workOrders,
        headers: team.headers,
        payload: { bikeId: '00000000-0000-4000-8000-000000000000', problem: 'x', tasks: [] },
      }),
      404,
      'BIKE_NOT_FOUND',
    );
    expectApiError(
      await app.inject({
        method: 'POST',
        url: workOrders,
        headers: team.headers,
        payload: { bikeId: bike.id, problem: '', tasks: 'x' },
      }),
      422,
      'VALIDATION_FAILED',
    );
  });

  it('status rules: no skipping, awaiting parts needs a delay reason, stale versions and final states refused', async () => {
    const bike = await bikeInRepair();
    let order = await createOrder(bike.id);
    expectApiError(await patch(order, { status: 'done' }), 409, 'WORK_ORDER_NOT_CHANGEABLE');
    order = ok(await patch(order, { status: 'in_progress' }));
    expectApiError(await patch(order, { status: 'awaiting_parts' }), 422, 'VALIDATION_FAILED');
    order = ok(await patch(order, { status: 'awaiting_parts', delayReason: 'Felge bestellt' }));
    expect(order).toMatchObject({ status: 'awaiting_parts', delayReason: 'Felge bestellt' });
    expectApiError(
      await patch({ ...order, version: order.version - 1 }, { status: 'in_progress' }),
      409,
      'STALE_VERSION',
    );
    order = ok(
      await patch(order, { status: 'in_progress', tasks: [{ title: 'Felge', done: true }] }),
    );
    expect(order).toMatchObject({ tasksDone: 1, tasksTotal: 1 });
    order = ok(await patch(order, { status: 'cancelled' }));
    expect(order.completedAt).not.toBeNull();
    expectApiError(await patch(order, { status: 'in_progress' }), 409, 'WORK_ORDER_NOT_CHANGEABLE');
  });

  it('the last open order done moves a bike in repair on to inspection', async () => {
    let bike = await bikeInRepair();
    let first = await createOrder(bike.id);
    let second = await createOrder(bike.id, { problem: 'Licht' });
    first = ok(await patch(first, { status: 'in_progress' }));
    expect(ok<WorkOrderDetail>(await patch(first, { status: 'done' })).status).toBe('done');
    bike = ok(
      await app.inject({ method: 'GET', url: `${bikes}/${bike.id}`, headers: team.headers }),
    );
    expect(bike.technicalState).toBe('in_repair');
    expect(bike.allowedActions).not.toContain('send_to_inspection');
    second = ok(await patch(second, { status: 'in_progress' }));
    expect(ok<WorkOrderDetail>(await patch(second, { status: 'done' })).status).toBe('done');
    bike = ok(
      await app.inject({ method: 'GET', url: `${bikes}/${bike.id}`, headers: team.headers }),
    );
    expect(bike.technicalState).toBe('inspection');
    expect(bike.workOrders.map((o) => o.status)).toEqual(['done', 'done']);
  });

  it('parts used come off the stock with a movement; too many is 409 OUT_OF_STOCK', async () => {
    const bike = await bikeInRepair();
    const order = await createOrder(bike.id);
    const part = await stockedPart(app, team, 3);
    const used = ok<WorkOrderDetail>(
      await app.inject({
        method: 'POST',
        url: `${workOrders}/${order.id}/parts`,
        headers: team.headers,
        payload: { partId: part.id, quantity: 2 },
      }),
    );
    expect(used.parts).toEqual([
      expect.objectContaining({
        partId: part.id,
        sku: part.sku,
        quantity: 2,
        unitCostCents: 450,
        kind: 'consumption',
      }),
    ]);
    expect(used.partsCostCents).toBe(900);
    const refused = expectApiError(
      await app.inject({
        method: 'POST',
        url: `${workOrders}/${order.id}/parts`,
        headers: team.headers,
        payload: { partId: part.id, quantity: 2 },
      }),
      409,
      'OUT_OF_STOCK',
    );
    expect(refused.details).toEqual({ onHand: 1, requested: 2 });
    const cannibalised = ok<WorkOrderDetail>(
      await app.inject({
        method: 'POST',
        url: `${workOrders}/${order.id}/parts`,
        headers: team.headers,
        payload: { partId: part.id, quantity: 1, cannibalised: true },
      }),
    );
    expect(cannibalised.parts.map((p) => p.kind)).toEqual(['consumption', 'cannibalised']);
    expectApiError(
      await app.inject({
        method: 'POST',
        url: `${workOrders}/${order.id}/parts`,
        headers: team.headers,
        payload: { partId: '00000000-0000-4000-8000-000000000000', quantity: 1 },
      }),
      404,
      'PART_NOT_FOUND',
    );
  });

  it('time needs a safety instruction on record; the programme is frozen on the entry', async () => {
    const bike = await bikeInRepair();
    const order = await createOrder(bike.id);
    const untrained = await worker({ displayName: 'Ali R.', programme: 'asylblg_5' });
    const refused = expectApiError(
      await app.inject({
        method: 'POST',
        url: `${workOrders}/${order.id}/time`,
        headers: team.headers,
        payload: { workerId: untrained.id, workedOn: '2026-11-20', minutes: 90 },
      }),
      422,
      'SAFETY_INSTRUCTION_MISSING',
    );
    expect(refused.details).toMatchObject({ workerId: untrained.id, safetyInstructionOn: null });
    const trained = await worker({
      displayName: 'Olena K.',
      programme: 'sgb2_16d',
      safetyInstructionOn: '2026-10-01',
    });
    const withTime = ok<WorkOrderDetail>(
      await app.inject({
        method: 'POST',
        url: `${workOrders}/${order.id}/time`,
        headers: team.headers,
        payload: { workerId: trained.id, workedOn: '2026-11-20', minutes: 90, note: 'Laufrad' },
      }),
    );
    expect(withTime.time).toEqual([
      expect.objectContaining({
        workerId: trained.id,
        workerName: 'Olena K.',
        programme: 'sgb2_16d',
        minutes: 90,
        approved: false,
        bikeLabel: bike.label,
      }),
    ]);
    expect(withTime.minutesTotal).toBe(90);
    // work before the instruction date does not count
    expectApiError(
      await app.inject({
        method: 'POST',
        url: `${workOrders}/${order.id}/time`,
        headers: team.headers,
        payload: { workerId: trained.id, workedOn: '2026-09-30', minutes: 30 },
      }),
      422,
      'SAFETY_INSTRUCTION_MISSING',
    );
    expectApiError(
      await app.inject({
        method: 'POST',
        url: `${workOrders}/${order.id}/time`,
        headers: team.headers,
        payload: { workerId: trained.id, workedOn: '2026-11-20', minutes: 0 },
      }),
      422,
      'VALIDATION_FAILED',
    );
  });
});
