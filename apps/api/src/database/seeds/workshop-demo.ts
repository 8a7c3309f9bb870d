import type { Locale } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { insertDemoBike } from './workshop-demo-bike';
import { DEMO_BIKES, type DemoBike } from './workshop-demo-bikes';
import {
  dateOf,
  inSavepoint,
  instantOf,
  loadContext,
  userOf,
  type WorkshopDemoContext,
} from './workshop-demo-context';
import {
  DEMO_BORROWERS,
  DEMO_PARTS,
  DEMO_WORKERS,
  WORKSHOP_DESK,
  WORKSHOP_LEAD,
  type DemoBorrower,
} from './workshop-demo-people';

/**
 * Writes the Fahrradwerkstatt demo (workshop-demo-people.ts, workshop-demo-bikes.ts) into the seed's transaction
 * with SQL, relative to the seed time: workers, parts with their receipts, borrowers with eligibility, briefings
 * and waiting-list entries, and sixteen bikes with their histories. Idempotent: workers and borrowers by name
 * (the resident by account), parts by SKU, bikes by frame number or Fundbüro reference; a bike that cannot be
 * written whole is rolled back to its savepoint and left out. Concurrent seeds queue on an advisory lock.
 */

export interface WorkshopDemoResult {
  bikes: number;
  rentals: number;
  borrowers: number;
}

async function insertWorkers(ctx: WorkshopDemoContext): Promise<void> {
  for (const w of DEMO_WORKERS) {
    await ctx.manager.query(
      `INSERT INTO workshop_worker (display_name, programme, safety_instruction_on, may_inspect, created_at)
       SELECT $1, $2, $3, $4, $5
        WHERE NOT EXISTS (SELECT 1 FROM workshop_worker WHERE display_name = $1)`,
      [
        w.name,
        w.programme,
        dateOf(ctx, w.safetyInstructionDay),
        w.mayInspect,
        instantOf(ctx, w.safetyInstructionDay),
      ],
    );
  }
  const rows: { id: string; display_name: string; programme: string }[] = await ctx.manager.query(
    `SELECT DISTINCT ON (display_name) id, display_name, programme FROM workshop_worker
      WHERE display_name = ANY($1) ORDER BY display_name, created_at, id`,
    [DEMO_WORKERS.map((w) => w.name)],
  );
  for (const r of rows) ctx.workers.set(r.display_name, { id: r.id, programme: r.programme });
}

async function insertParts(ctx: WorkshopDemoContext): Promise<void> {
  const receivedAt = instantOf(ctx, -170, '10:00').toISOString();
  for (const p of DEMO_PARTS) {
    const inserted: { id: string }[] = await ctx.manager.query(
      `INSERT INTO spare_part (sku, name, unit, on_hand, reorder_level, unit_cost_cents, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
       ON CONFLICT (sku) DO NOTHING RETURNING id`,
      [p.sku, p.name, p.unit, p.received, p.reorderLevel, p.unitCostCents, receivedAt],
    );
    if (inserted.length === 0 || p.received === 0) continue;
    await ctx.manager.query(
      `INSERT INTO stock_movement (part_id, kind, quantity, on_hand_after, unit_cost_cents, note, created_by_id,
                                   created_at)
       VALUES ($1, 'receipt', $2, $2, $3, 'Lieferung Fahrradgroßhandel Münsterland', $4, $5)`,
      [inserted[0].id, p.received, p.unitCostCents, userOf(ctx, WORKSHOP_LEAD), receivedAt],
    );
  }
}

/** One borrower with eligibility, briefing and waiting-list entry; false when the borrower exists already. */
async function insertBorrower(ctx: WorkshopDemoContext, b: DemoBorrower): Promise<boolean> {
  const userId = b.accountEmail ? userOf(ctx, b.accountEmail) : null;
  const desk = userOf(ctx, WORKSHOP_DESK);
  const values = [
    userId,
    b.name,
    b.phone,
    b.locale,
    b.channel,
    b.blocked ? dateOf(ctx, b.blocked.untilDay) : null,
    b.blocked?.reason ?? null,
    b.blocked?.strikes ?? 0,
    desk,
    instantOf(ctx, b.eligibility?.verifiedDay ?? -1),
  ];
  const columns = `(user_id, display_name, phone, preferred_locale, reminder_channel, blocked_until, block_reason,
                    strikes, created_by_id, created_at)`;
  const rows: { id: string }[] = userId
    ? await ctx.manager.query(
        `INSERT INTO borrower ${columns} VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (user_id) WHERE user_id IS NOT NULL DO NOTHING RETURNING id`,
        values,
      )
    : await ctx.manager.query(
        `INSERT INTO borrower ${columns} SELECT $1::uuid, $2, $3, $4, $5, $6::date, $7, $8, $9, $10
          WHERE NOT EXISTS (SELECT 1 FROM borrower WHERE display_name = $2 AND user_id IS NULL)
         RETURNING id`,
        values,
      );
  if (rows.length === 0) return false;
  const id = rows[0].id;
  if (b.eligibility)
    await ctx.manager.query(
      `INSERT INTO eligibility_check (borrower_id, legal_basis, document_type_seen, verified_by_id, verified_on,
                                      valid_until, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        id,
        b.eligibility.basis,
        b.eligibility.document,
        desk,
        dateOf(ctx, b.eligibility.verifiedDay),
        dateOf(ctx, b.eligibility.validUntilDay),
        instantOf(ctx, b.eligibility.verifiedDay),
      ],
    );
  if (b.briefing)
    await ctx.manager.query(
      `INSERT INTO briefing (borrower_id, language, interpreter, trainer_id, held_on, acknowledged,
                             riding_check_passed, created_at)
       VALUES ($1, $2, $3, $4, $5, true, true, $6)`,
      [
        id,
        b.briefing.language,
        b.briefing.interpreter,
        desk,
        dateOf(ctx, b.briefing.day),
        instantOf(ctx, b.briefing.day, '14:00'),
      ],
    );
  if (b.waitlist)
    await ctx.manager.query(
      `INSERT INTO bike_waitlist_entry (borrower_id, cycle_type, frame_size_min_cm, frame_size_max_cm, wheel_inches,
                                        created_by_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        id,
        b.waitlist.cycleType,
        b.waitlist.sizeMin,
        b.waitlist.sizeMax,
        b.waitlist.wheelInches,
        desk,
        instantOf(ctx, b.waitlist.day, '14:30'),
      ],
    );
  return true;
}

async function loadBorrowers(ctx: WorkshopDemoContext): Promise<void> {
  const rows: { id: string; display_name: string; preferred_locale: Locale }[] =
    await ctx.manager.query(
      `SELECT DISTINCT ON (display_name) id, display_name, preferred_locale FROM borrower
        WHERE display_name = ANY($1) ORDER BY display_name, created_at, id`,
      [DEMO_BORROWERS.map((b) => b.name)],
    );
  for (const r of rows) ctx.borrowers.set(r.display_name, { id: r.id, locale: r.preferred_locale });
}

async function bikeExists(ctx: WorkshopDemoContext, bike: DemoBike): Promise<boolean> {
  const rows: unknown[] = await ctx.manager.query(
    `SELECT 1 FROM bike WHERE frame_no = $1 OR ($1 IS NULL AND fundbuero_ref = $2)`,
    [bike.frameNo, bike.fundbuero?.ref ?? null],
  );
  return rows.length > 0;
}

/** Writes the workshop demo; a second run adds nothing. */
export async function insertWorkshopDemo(
  manager: EntityManager,
  now: Date = new Date(),
): Promise<WorkshopDemoResult> {
  const result: WorkshopDemoResult = { bikes: 0, rentals: 0, borrowers: 0 };
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('workshop-demo'))`);
  const ctx = await loadContext(manager, now);
  if (!ctx.users.has(WORKSHOP_LEAD) || !ctx.users.has(WORKSHOP_DESK)) return result;
  await insertWorkers(ctx);
  await insertParts(ctx);
  for (const borrower of DEMO_BORROWERS) {
    let inserted = false;
    await inSavepoint(manager, async () => {
      inserted = await insertBorrower(ctx, borrower);
    });
    if (inserted) result.borrowers++;
  }
  await loadBorrowers(ctx);
  for (const bike of DEMO_BIKES) {
    if (await bikeExists(ctx, bike)) continue;
    let rentals = 0;
    const written = await inSavepoint(manager, async () => {
      rentals = await insertDemoBike(ctx, bike);
    });
    if (written) {
      result.bikes++;
      result.rentals += rentals;
    }
  }
  return result;
}
