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
  type SparePartView,
  type StockMovementView,
  type WorkOrderDetail,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { intake, ok, stockedPart, WORKSHOP_PASSWORD } from './inventory-fixtures';

const { parts, workOrders } = WORKSHOP_ROUTES;

describe('Fahrradwerkstatt: spare parts, stock never negative, low-stock alerts (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let team: SignedInUser;
  let teamMate: SignedInUser;
  let inactiveId: string;
  let staffId: string;

  const move = (partId: string, payload: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: `${parts}/${partId}/movements`,
      headers: team.headers,
      payload,
    });
  const order = async (): Promise<WorkOrderDetail> => {
    const bike = await intake(app, team);
    return ok(
      await app.inject({
        method: 'POST',
        url: workOrders,
        headers: team.headers,
        payload: { bikeId: bike.id, problem: 'Platten', tasks: [] },
      }),
    );
  };
  const use = (workOrderId: string, partId: string, quantity: number, who = team) =>
    app.inject({
      method: 'POST',
      url: `${workOrders}/${workOrderId}/parts`,
      headers: who.headers,
      payload: { partId, quantity },
    });
  const alerts = async (
    partId: string,
  ): Promise<{ recipient_id: string; idempotency_key: string }[]> =>
    db.query(
      `SELECT recipient_id, idempotency_key FROM notification
        WHERE type = 'workshop-low-stock' AND payload->>'partId' = $1 ORDER BY created_at, id`,
      [partId],
    );

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule], env: { DB_POOL_SIZE: '30' } });
    db = app.get(DataSource);
    team = await createSignedInUser(app, { password: WORKSHOP_PASSWORD, roles: ['workshop'] });
    teamMate = await createSignedInUser(app, { password: WORKSHOP_PASSWORD, roles: ['workshop'] });
    inactiveId = (await createUserAccount(db, { roles: ['workshop'], isActive: false })).id;
    staffId = (await createUserAccount(db, { roles: ['staff'] })).id;
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('creates, lists and edits parts; a duplicate SKU is 409', async () => {
    const part = await stockedPart(app, team, 0, 2);
    expect(part).toMatchObject({
      onHand: 0,
      reorderLevel: 2,
      low: true,
      active: true,
      unitCostCents: 450,
    });
    const listed = ok<SparePartView[]>(
      await app.inject({ method: 'GET', url: parts, headers: team.headers }),
    );
    expect(listed.map((p) => p.id)).toContain(part.id);
    const edited = ok<SparePartView>(
      await app.inject({
        method: 'PATCH',
        url: `${parts}/${part.id}`,
        headers: team.headers,
        payload: { name: 'Schlauch 26"', reorderLevel: 0 },
      }),
    );
    expect(edited).toMatchObject({ name: 'Schlauch 26"', reorderLevel: 0, low: false, onHand: 0 });
    expectApiError(
      await app.inject({
        method: 'POST',
        url: parts,
        headers: team.headers,
        payload: {
          sku: part.sku,
          name: 'Doppelt',
          unit: 'piece',
          reorderLevel: 0,
          unitCostCents: 0,
        },
      }),
      409,
      'CONFLICT',
    );
    expectApiError(
      await app.inject({
        method: 'POST',
        url: parts,
        headers: team.headers,
        payload: { sku: 'x y', name: '', unit: 'piece', reorderLevel: -1, unitCostCents: 0 },
      }),
      422,
      'VALIDATION_FAILED',
    );
  });

  it('receipts > 0, corrections with a note, never below zero (409), and the CHECK guards it too', async () => {
    const part = await stockedPart(app, team, 2);
    expectApiError(await move(part.id, { kind: 'receipt', quantity: 0 }), 422, 'VALIDATION_FAILED');
    expectApiError(
      await move(part.id, { kind: 'receipt', quantity: -1 }),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await move(part.id, { kind: 'correction', quantity: -1 }),
      422,
      'VALIDATION_FAILED',
    );
    const negative = expectApiError(
      await move(part.id, { kind: 'correction', quantity: -3, note: 'Inventur' }),
      409,
      'STOCK_WOULD_BE_NEGATIVE',
    );
    expect(negative.details).toEqual({ onHand: 2, requested: 3 });
    const corrected = ok<SparePartView>(
      await move(part.id, { kind: 'correction', quantity: -2, note: 'Inventur: zwei defekt' }),
    );
    expect(corrected.onHand).toBe(0);
    const history = ok<StockMovementView[]>(
      await app.inject({
        method: 'GET',
        url: `${parts}/${part.id}/movements`,
        headers: team.headers,
      }),
    );
    expect(history.map((m) => [m.kind, m.quantity, m.onHandAfter])).toEqual([
      ['correction', -2, 0],
      ['receipt', 2, 2],
    ]);
    await expect(
      db.query(`UPDATE spare_part SET on_hand = -1 WHERE id = $1`, [part.id]),
    ).rejects.toMatchObject({
      driverError: { code: '23514', constraint: 'ck_spare_part_on_hand_not_negative' },
    });
    await expect(
      db.query(`DELETE FROM stock_movement WHERE part_id = $1`, [part.id]),
    ).rejects.toThrow(/append-only/);
    expectApiError(
      await move('00000000-0000-4000-8000-000000000000', { kind: 'receipt', quantity: 1 }),
      404,
      'PART_NOT_FOUND',
    );
  });

  it('20 concurrent consumptions of a part with 5 in stock: exactly 5 succeed, stock 0, 5 movements', async () => {
    const part = await stockedPart(app, team, 5);
    const orders = [await order(), await order()];
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        use(orders[i % 2].id, part.id, 1, i % 2 ? teamMate : team),
      ),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(15);
    for (const response of responses.filter((r) => r.statusCode === 409))
      expect(response.json()).toMatchObject({
        code: 'OUT_OF_STOCK',
        details: { onHand: 0, requested: 1 },
      });
    const [{ on_hand }]: { on_hand: number }[] = await db.query(
      `SELECT on_hand FROM spare_part WHERE id = $1`,
      [part.id],
    );
    expect(on_hand).toBe(0);
    const movements: { quantity: number; on_hand_after: number }[] = await db.query(
      `SELECT quantity, on_hand_after FROM stock_movement WHERE part_id = $1 AND kind = 'consumption'
        ORDER BY on_hand_after DESC`,
      [part.id],
    );
    expect(movements).toEqual(
      [4, 3, 2, 1, 0].map((after) => ({ quantity: -1, on_hand_after: after })),
    );
  }, 60_000);

  it('the low-stock alert goes to each active workshop member once per crossing', async () => {
    const part = await stockedPart(app, team, 5, 3);
    const job = await order();
    expect((await use(job.id, part.id, 2)).statusCode).toBe(201); // 5 → 3: not below
    expect(await alerts(part.id)).toEqual([]);
    expect((await use(job.id, part.id, 1)).statusCode).toBe(201); // 3 → 2: crosses
    const first = await alerts(part.id);
    const recipients = first.map((a) => a.recipient_id);
    expect(recipients).toEqual(expect.arrayContaining([team.user.id, teamMate.user.id]));
    expect(recipients).not.toContain(inactiveId);
    expect(recipients).not.toContain(staffId);
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(new Set(first.map((a) => a.idempotency_key.split('/')[1])).size).toBe(1);
    expect((await use(job.id, part.id, 1)).statusCode).toBe(201); // 2 → 1: still below, no new alert
    expect(await alerts(part.id)).toHaveLength(first.length);
    ok(await move(part.id, { kind: 'receipt', quantity: 5 })); // 1 → 6
    expect(await alerts(part.id)).toHaveLength(first.length);
    ok(await move(part.id, { kind: 'correction', quantity: -4, note: 'Schwund' })); // 6 → 2: crosses again
    const second = await alerts(part.id);
    expect(second.filter((a) => a.recipient_id === team.user.id)).toHaveLength(2);
    expect(second.filter((a) => a.recipient_id === teamMate.user.id)).toHaveLength(2);
    const [notification]: { payload: Record<string, unknown> }[] = await db.query(
      `SELECT payload FROM notification WHERE idempotency_key = $1`,
      [first[0].idempotency_key],
    );
    expect(notification.payload).toEqual({
      partId: part.id,
      sku: part.sku,
      partName: part.name,
      onHand: 2,
      reorderLevel: 3,
    });
  });
});
