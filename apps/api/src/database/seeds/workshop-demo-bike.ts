import type { DemoBike, DemoInspection, DemoRental, DemoWorkOrder } from './workshop-demo-bikes';
import {
  checklist,
  dateOf,
  instantOf,
  sixMonthsAfter,
  SkipScenario,
  userOf,
  type WorkshopDemoContext,
} from './workshop-demo-context';
import { WORKSHOP_DESK, WORKSHOP_LEAD } from './workshop-demo-people';

const DAY_MS = 86_400_000;

/** The last day anything happened to the bike (its `updated_at`; for a retired bike the retirement). */
function lastDay(bike: DemoBike): number {
  const days = bike.events.flatMap((e) =>
    e.kind === 'workOrder'
      ? [e.day, e.completedDay ?? e.day, ...e.time.map((t) => t[1])]
      : e.kind === 'inspection'
        ? [e.day]
        : [e.handedOutDay ?? 0, e.returnedDay ?? e.handedOutDay ?? 0],
  );
  return Math.max(bike.receivedDay, ...days);
}

async function insertBikeRow(ctx: WorkshopDemoContext, bike: DemoBike): Promise<string> {
  const lastPassed = [...bike.events]
    .reverse()
    .find((e): e is DemoInspection => e.kind === 'inspection' && !e.failed);
  const roadworthyUntil =
    bike.technicalState === 'roadworthy' && lastPassed
      ? new Date(
          instantOf(ctx, lastPassed.day, '15:00').getTime() + ctx.settings.validityDays * DAY_MS,
        )
      : null;
  if (bike.technicalState === 'roadworthy' && !roadworthyUntil)
    throw new SkipScenario('roadworthy without a passed inspection');
  const f = bike.fundbuero;
  const [{ id }]: { id: string }[] = await ctx.manager.query(
    `INSERT INTO bike (frame_no, frame_no_status, make, model, colours, cycle_type, frame_size_cm, wheel_etrto,
                       wheel_inches, propulsion, lighting, condition, notes, technical_state, availability,
                       roadworthy_until, retirement_reason, source, received_on, donor_name, receipt_issued,
                       fundbuero_ref, found_on, hold_ends_on, ownership_basis, police_check_on, police_check_result,
                       created_by_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
             $22, $23, $24, $25, $26, $27, $28, $29, $30)
     RETURNING id`,
    [
      bike.frameNo,
      bike.frameNo ? 'present' : 'illegible',
      bike.make,
      bike.model,
      bike.colours,
      bike.cycleType,
      bike.frameSizeCm,
      bike.wheelEtrto,
      bike.wheelInches,
      bike.propulsion,
      bike.lighting,
      bike.condition,
      bike.notes,
      bike.technicalState,
      bike.availability,
      roadworthyUntil?.toISOString() ?? null,
      bike.retirementReason ?? null,
      bike.source,
      dateOf(ctx, bike.receivedDay),
      bike.donorName ?? null,
      bike.source === 'donation',
      f?.ref ?? null,
      f ? dateOf(ctx, f.foundDay) : null,
      f ? dateOf(ctx, f.holdEndsDay) : null,
      f ? f.ownershipBasis : bike.source === 'donation' ? 'donation' : 'purchase',
      f && f.policeCheckDay !== null ? dateOf(ctx, f.policeCheckDay) : null,
      f?.policeCheck ?? null,
      userOf(ctx, WORKSHOP_LEAD),
      instantOf(ctx, bike.receivedDay, '09:00').toISOString(),
      instantOf(ctx, lastDay(bike), '17:30').toISOString(),
    ],
  );
  return id;
}

async function insertWorkOrder(
  ctx: WorkshopDemoContext,
  bikeId: string,
  w: DemoWorkOrder,
): Promise<void> {
  const worker = (name: string) => {
    const found = ctx.workers.get(name);
    if (!found) throw new SkipScenario(`worker ${name} missing`);
    return found;
  };
  const lead = userOf(ctx, WORKSHOP_LEAD);
  const [{ id }]: { id: string }[] = await ctx.manager.query(
    `INSERT INTO work_order (bike_id, problem, evaluation, tasks, status, delay_reason, assignee_id, completed_at,
                             created_by_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8::timestamptz, $9, $10::timestamptz, coalesce($8::timestamptz, $10::timestamptz))
     RETURNING id`,
    [
      bikeId,
      w.problem,
      w.evaluation,
      JSON.stringify(w.tasks.map(([title, done]) => ({ title, done }))),
      w.status,
      w.delayReason ?? null,
      w.assignee ? worker(w.assignee).id : null,
      w.completedDay !== undefined ? instantOf(ctx, w.completedDay, '16:00').toISOString() : null,
      lead,
      instantOf(ctx, w.day, '09:30').toISOString(),
    ],
  );
  const usedAt = instantOf(ctx, w.time[0]?.[1] ?? w.day, '11:00').toISOString();
  for (const [sku, units, cannibalised] of w.parts) {
    // an UPDATE answers [rows, count]
    const [taken]: [{ id: string; on_hand: number; unit_cost_cents: number }[], number] =
      await ctx.manager.query(
        `UPDATE spare_part SET on_hand = on_hand - $2, updated_at = now()
        WHERE sku = $1 AND on_hand >= $2 RETURNING id, on_hand, unit_cost_cents`,
        [sku, units],
      );
    if (taken.length === 0) throw new SkipScenario(`part ${sku} not in stock`);
    await ctx.manager.query(
      `INSERT INTO stock_movement (part_id, kind, quantity, on_hand_after, unit_cost_cents, work_order_id, note,
                                   created_by_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        taken[0].id,
        cannibalised ? 'cannibalised' : 'consumption',
        -units,
        taken[0].on_hand,
        taken[0].unit_cost_cents,
        id,
        cannibalised ? 'Vom Teilespender (Prophete, Rahmenriss) übernommen' : null,
        lead,
        usedAt,
      ],
    );
  }
  for (const [name, day, minutes, approved] of w.time) {
    const who = worker(name);
    await ctx.manager.query(
      `INSERT INTO time_entry (worker_id, work_order_id, programme, worked_on, minutes, approved_by_id, approved_at,
                               created_by_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        who.id,
        id,
        who.programme,
        dateOf(ctx, day),
        minutes,
        approved ? lead : null,
        approved ? instantOf(ctx, day + 1, '08:30').toISOString() : null,
        lead,
        instantOf(ctx, day, '17:00').toISOString(),
      ],
    );
  }
}

async function insertInspection(
  ctx: WorkshopDemoContext,
  bikeId: string,
  i: DemoInspection,
): Promise<string> {
  const performedAt = instantOf(ctx, i.day, '15:00');
  const [{ id }]: { id: string }[] = await ctx.manager.query(
    `INSERT INTO bike_inspection (bike_id, template_version, items, result, notes, inspector_id, performed_at,
                                  valid_until, created_at)
     VALUES ($1, 1, $2::jsonb, $3, $4, $5, $6, $7, $6) RETURNING id`,
    [
      bikeId,
      JSON.stringify(checklist(i.failed)),
      i.failed ? 'failed' : 'passed',
      i.notes ?? null,
      userOf(ctx, i.inspector),
      performedAt.toISOString(),
      i.failed
        ? null
        : new Date(performedAt.getTime() + ctx.settings.validityDays * DAY_MS).toISOString(),
    ],
  );
  return id;
}

async function insertRental(
  ctx: WorkshopDemoContext,
  bikeId: string,
  r: DemoRental,
  inspectionId: string | null,
): Promise<void> {
  const borrower = ctx.borrowers.get(r.borrower);
  if (!borrower) throw new SkipScenario(`borrower ${r.borrower} missing`);
  if (r.status !== 'reserved' && !inspectionId) throw new SkipScenario('no passed inspection');
  const handedOutAt =
    r.handedOutDay !== undefined ? instantOf(ctx, r.handedOutDay, '11:00').toISOString() : null;
  const returnedAt =
    r.returnedDay !== undefined ? instantOf(ctx, r.returnedDay, '16:30').toISOString() : null;
  const reservedUntil =
    r.status === 'reserved'
      ? new Date(ctx.now.getTime() + (r.reservedHours ?? 48) * 3_600_000).toISOString()
      : null;
  const lead = userOf(ctx, WORKSHOP_LEAD);
  const [{ id }]: { id: string }[] = await ctx.manager.query(
    `INSERT INTO rental (bike_id, borrower_id, status, reserved_until, inspection_id, contract_type, contract_version,
                         contract_locale, fee_cents, fee_status, deposit_cents, deposit_status, accessories_out,
                         accessories_back, signature_kind, handed_out_at, handed_out_by_id, due_on, returned_at,
                         received_by_id, return_checks, return_notes, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::text[], $14::text[], $15, $16::timestamptz, $17, $18, $19::timestamptz,
             $20, $21::jsonb, $22, coalesce($16, now()), coalesce($19, $16, now()))
     RETURNING id`,
    [
      bikeId,
      borrower.id,
      r.status,
      reservedUntil,
      r.status === 'reserved' ? null : inspectionId,
      ctx.settings.contractType,
      ctx.settings.contractVersion,
      borrower.locale,
      ctx.settings.contractType === 'leihe' ? 0 : ctx.settings.feeCents,
      r.feeStatus,
      ctx.settings.depositCents,
      r.depositStatus,
      r.accessories,
      returnedAt ? (r.damage?.decided ? ['lights'] : r.accessories) : null,
      handedOutAt ? (borrower.locale === 'de' ? 'on_screen' : 'paper') : null,
      handedOutAt,
      handedOutAt ? userOf(ctx, WORKSHOP_DESK) : null,
      r.dueDay !== undefined ? dateOf(ctx, r.dueDay) : null,
      returnedAt,
      returnedAt ? lead : null,
      returnedAt ? JSON.stringify(checklist(r.damage ? ['spokes_wheels'] : [])) : null,
      r.returnNotes ?? null,
    ],
  );
  if (r.status === 'reserved')
    await ctx.manager.query(
      `UPDATE bike_waitlist_entry SET status = 'offered', offered_bike_id = $2, offer_expires_at = $3
        WHERE borrower_id = $1 AND status = 'waiting'`,
      [borrower.id, bikeId, reservedUntil],
    );
  if (!r.damage || r.returnedDay === undefined) return;
  const decided = r.damage.decided;
  await ctx.manager.query(
    `INSERT INTO damage_case (rental_id, bike_id, description, estimate_cents, claim_deadline, status, decision,
                              charged_cents, decided_by_id, decided_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      id,
      bikeId,
      r.damage.description,
      r.damage.estimateCents,
      sixMonthsAfter(dateOf(ctx, r.returnedDay)),
      decided ? 'decided' : 'open',
      decided ? 'offset_deposit' : null,
      decided?.chargedCents ?? null,
      decided ? lead : null,
      decided ? instantOf(ctx, decided.day, '12:00').toISOString() : null,
      returnedAt,
    ],
  );
}

/** One bike with its history, in order; returns the number of rentals written. */
export async function insertDemoBike(ctx: WorkshopDemoContext, bike: DemoBike): Promise<number> {
  const bikeId = await insertBikeRow(ctx, bike);
  let lastPassed: string | null = null;
  let rentals = 0;
  for (const event of bike.events) {
    if (event.kind === 'workOrder') await insertWorkOrder(ctx, bikeId, event);
    else if (event.kind === 'inspection') {
      const id = await insertInspection(ctx, bikeId, event);
      if (!event.failed) lastPassed = id;
    } else {
      await insertRental(ctx, bikeId, event, lastPassed);
      rentals++;
    }
  }
  return rentals;
}
