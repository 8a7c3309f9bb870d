import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestApp } from '@zusammen/api/testing';
import { TECHNICAL_STATES, WORK_ORDER_STATUSES } from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { DEMO_LOGINS, seedDemoData } from '../database/seeds/demo-data';
import { DEMO_BIKES } from '../database/seeds/workshop-demo-bikes';
import { DEMO_BORROWERS, DEMO_PARTS } from '../database/seeds/workshop-demo-people';

/** The demo bikes by their natural keys (frame number, else Fundbüro reference). */
const BIKE_FILTER = `(b.frame_no = ANY($1) OR b.fundbuero_ref = ANY($2))`;
const KEYS = [
  DEMO_BIKES.flatMap((b) => (b.frameNo ? [b.frameNo] : [])),
  DEMO_BIKES.flatMap((b) => (b.frameNo ? [] : [b.fundbuero?.ref ?? ''])),
];

describe('Fahrradwerkstatt demo data (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    await seedDemoData(db);
  });

  afterAll(async () => {
    await app?.close();
  });

  const counts = async () =>
    (
      await db.query(
        `SELECT (SELECT count(*)::int FROM bike b WHERE ${BIKE_FILTER}) AS bikes,
                (SELECT count(*)::int FROM rental r JOIN bike b ON b.id = r.bike_id WHERE ${BIKE_FILTER}) AS rentals,
                (SELECT count(*)::int FROM work_order w JOIN bike b ON b.id = w.bike_id WHERE ${BIKE_FILTER}) AS work_orders,
                (SELECT count(*)::int FROM bike_inspection i JOIN bike b ON b.id = i.bike_id WHERE ${BIKE_FILTER}) AS inspections,
                (SELECT count(*)::int FROM borrower WHERE display_name = ANY($3)) AS borrowers,
                (SELECT count(*)::int FROM stock_movement m JOIN spare_part p ON p.id = m.part_id WHERE p.sku = ANY($4)) AS movements`,
        [...KEYS, DEMO_BORROWERS.map((b) => b.name), DEMO_PARTS.map((p) => p.sku)],
      )
    )[0];

  it('writes every bike once; a second seed adds nothing', async () => {
    const before = await counts();
    expect(before.bikes).toBe(DEMO_BIKES.length);
    expect(before.borrowers).toBe(DEMO_BORROWERS.length);
    const again = await seedDemoData(db);
    expect(again).toMatchObject({ bikesInserted: 0, bikeRentalsInserted: 0, borrowersInserted: 0 });
    expect(await counts()).toEqual(before);
  });

  it('shows every technical state, every availability and every work order status', async () => {
    const bikes: { technical_state: string; availability: string }[] = await db.query(
      `SELECT technical_state, availability FROM bike b WHERE ${BIKE_FILTER}`,
      KEYS,
    );
    expect(new Set(bikes.map((b) => b.technical_state))).toEqual(new Set(TECHNICAL_STATES));
    expect(new Set(bikes.map((b) => b.availability))).toEqual(
      new Set(['not_lendable', 'available', 'reserved', 'on_loan']),
    );
    const orders: { status: string }[] = await db.query(
      `SELECT DISTINCT w.status FROM work_order w JOIN bike b ON b.id = w.bike_id WHERE ${BIKE_FILTER}`,
      KEYS,
    );
    expect(new Set(orders.map((o) => o.status))).toEqual(new Set(WORK_ORDER_STATUSES));
  });

  it('holds the invariants: one open rental per bike, lendable only roadworthy, loans only after a passed inspection', async () => {
    const open: { bike_id: string; n: number }[] = await db.query(
      `SELECT r.bike_id, count(*)::int AS n FROM rental r JOIN bike b ON b.id = r.bike_id
        WHERE ${BIKE_FILTER} AND r.status IN ('reserved', 'active') GROUP BY r.bike_id`,
      KEYS,
    );
    expect(open.every((o) => o.n === 1)).toBe(true);
    const mismatched: unknown[] = await db.query(
      `SELECT b.id FROM bike b WHERE ${BIKE_FILTER}
          AND ((b.availability IN ('available', 'reserved') AND b.technical_state <> 'roadworthy')
            OR (b.availability = 'on_loan') <> EXISTS (SELECT 1 FROM rental r WHERE r.bike_id = b.id AND r.status = 'active')
            OR (b.availability = 'reserved') <> EXISTS (SELECT 1 FROM rental r WHERE r.bike_id = b.id AND r.status = 'reserved'))`,
      KEYS,
    );
    expect(mismatched).toEqual([]);
    const ungated: unknown[] = await db.query(
      `SELECT r.id FROM rental r JOIN bike b ON b.id = r.bike_id JOIN bike_inspection i ON i.id = r.inspection_id
        WHERE ${BIKE_FILTER} AND r.status = 'active'
          AND (i.result <> 'passed' OR i.performed_at > r.handed_out_at OR i.valid_until < r.handed_out_at
               OR EXISTS (SELECT 1 FROM work_order w WHERE w.bike_id = b.id AND w.status = 'done' AND w.completed_at > i.performed_at))`,
      KEYS,
    );
    expect(ungated).toEqual([]);
    const stock: { sku: string; on_hand: number; moved: number }[] = await db.query(
      `SELECT p.sku, p.on_hand, coalesce(sum(m.quantity), 0)::int AS moved
         FROM spare_part p LEFT JOIN stock_movement m ON m.part_id = p.id WHERE p.sku = ANY($1)
        GROUP BY p.id`,
      [DEMO_PARTS.map((p) => p.sku)],
    );
    for (const part of stock) expect(part.on_hand).toBe(part.moved);
  });

  it('has the desk situations: due soon, overdue 5 and 10 days, a damage case within § 548, a low part', async () => {
    const active: { borrower: string; overdue: number }[] = await db.query(
      `SELECT o.display_name AS borrower, ((now() AT TIME ZONE 'Europe/Berlin')::date - r.due_on) AS overdue
         FROM rental r JOIN borrower o ON o.id = r.borrower_id JOIN bike b ON b.id = r.bike_id
        WHERE ${BIKE_FILTER} AND r.status = 'active' ORDER BY overdue`,
      KEYS,
    );
    expect(active).toEqual([
      { borrower: 'Maryam Ahmadi', overdue: -2 },
      { borrower: 'Yusuf Hamdan', overdue: 5 },
      { borrower: 'Iryna Koval', overdue: 10 },
    ]);
    const [resident]: { email: string; channel: string }[] = await db.query(
      `SELECT u.email, o.reminder_channel AS channel FROM borrower o JOIN user_account u ON u.id = o.user_id
        WHERE o.display_name = 'Maryam Ahmadi'`,
    );
    expect(resident).toEqual({ email: 'resident@demo.zusammenleben.invalid', channel: 'in_app' });
    // § 548 BGB: the claim deadline is six months after the local return date (PostgreSQL clamps as we do)
    const damage: { status: string; six_months: boolean }[] = await db.query(
      `SELECT d.status,
              d.claim_deadline = ((r.returned_at AT TIME ZONE 'Europe/Berlin')::date + interval '6 months')::date
                AS six_months
         FROM damage_case d JOIN rental r ON r.id = d.rental_id JOIN bike b ON b.id = d.bike_id
        WHERE ${BIKE_FILTER} ORDER BY d.status`,
      KEYS,
    );
    expect(damage).toEqual([
      { status: 'decided', six_months: true },
      { status: 'open', six_months: true },
    ]);
    const low: { sku: string }[] = await db.query(
      `SELECT sku FROM spare_part WHERE sku = ANY($1) AND on_hand < reorder_level`,
      [DEMO_PARTS.map((p) => p.sku)],
    );
    expect(low).toEqual([{ sku: 'BREMS-V' }]);
  });

  it('keeps the demo logins of the workshop', () => {
    const emails = DEMO_LOGINS.map((l) => l.email);
    for (const email of [
      'workshop@demo.zusammenleben.invalid',
      'workshop2@demo.zusammenleben.invalid',
      'resident@demo.zusammenleben.invalid',
    ])
      expect(emails).toContain(email);
  });
});
