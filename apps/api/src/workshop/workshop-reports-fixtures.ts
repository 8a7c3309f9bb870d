import { formatInventoryNo } from '@zusammen/shared/contracts';
import { checklist } from '../database/seeds/workshop-demo-context';
import type { DataSource } from 'typeorm';

/**
 * Rows for the report and privacy specs, written with SQL at given instants (the API cannot back-date), in the
 * order the schema's checks and the handout trigger expect: bike, passed inspection, then rentals.
 */

let frameCounter = 0;

export async function insertTestBike(
  db: DataSource,
  input: {
    receivedOn: string;
    source?: 'donation' | 'lost_and_found' | 'purchase';
    technicalState?: string;
    availability?: string;
    roadworthyUntil?: string | null;
    retirementReason?: string | null;
    updatedAt?: string;
  },
): Promise<{ id: string; label: string }> {
  const source = input.source ?? 'donation';
  const lostAndFound = source === 'lost_and_found';
  const [row]: { id: string; inventory_no: number }[] = await db.query(
    `INSERT INTO bike (frame_no, make, cycle_type, condition, technical_state, availability, roadworthy_until,
                       retirement_reason, source, received_on, fundbuero_ref, found_on, hold_ends_on,
                       updated_at)
     VALUES ($1, 'Testrad', 'city', 'good', $2, $3, $4, $5, $6, $7, $8, $9, $9, coalesce($10::timestamptz, now()))
     RETURNING id, inventory_no`,
    [
      `TEST-${process.pid}-${Date.now()}-${++frameCounter}`,
      input.technicalState ?? 'roadworthy',
      input.availability ?? 'not_lendable',
      input.roadworthyUntil ??
        (input.technicalState && input.technicalState !== 'roadworthy'
          ? null
          : '2099-01-01T00:00:00Z'),
      input.retirementReason ?? null,
      source,
      input.receivedOn,
      lostAndFound ? `FB-TEST-${frameCounter}` : null,
      lostAndFound ? input.receivedOn : null,
      input.updatedAt ?? null,
    ],
  );
  return { id: row.id, label: formatInventoryNo(row.inventory_no) };
}

export async function insertPassedInspection(
  db: DataSource,
  bikeId: string,
  inspectorId: string,
  performedAt: string,
  validDays = 30,
): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO bike_inspection (bike_id, template_version, items, result, inspector_id, performed_at, valid_until)
     VALUES ($1, 1, $2::jsonb, 'passed', $3, $4::timestamptz, $4::timestamptz + make_interval(days => $5))
     RETURNING id`,
    [bikeId, JSON.stringify(checklist()), inspectorId, performedAt, validDays],
  );
  return id;
}

export async function insertTestBorrower(
  db: DataSource,
  input: { displayName: string; userId?: string | null; phone?: string | null; locale?: string },
): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO borrower (user_id, display_name, phone, preferred_locale, reminder_channel)
     VALUES ($1, $2, $3, $4, CASE WHEN $1::uuid IS NULL THEN 'phone' ELSE 'in_app' END) RETURNING id`,
    [input.userId ?? null, input.displayName, input.phone ?? null, input.locale ?? 'de'],
  );
  return id;
}

/** A handed-out rental (active, or returned when `returnedAt` is given). */
export async function insertTestRental(
  db: DataSource,
  input: {
    bikeId: string;
    borrowerId: string;
    inspectionId: string;
    handedOutAt: string;
    dueOn: string;
    returnedAt?: string | null;
  },
): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO rental (bike_id, borrower_id, status, inspection_id, contract_type, contract_version, contract_locale,
                         fee_cents, fee_status, deposit_cents, deposit_status, accessories_out, signature_kind,
                         handed_out_at, due_on)
     VALUES ($1, $2, 'active', $3, 'miete', 1, 'de', 500, 'paid', 2000, 'held', ARRAY['lock'], 'paper', $4, $5)
     RETURNING id`,
    [input.bikeId, input.borrowerId, input.inspectionId, input.handedOutAt, input.dueOn],
  );
  if (input.returnedAt)
    await db.query(`UPDATE rental SET status = 'returned', returned_at = $2 WHERE id = $1`, [
      id,
      input.returnedAt,
    ]);
  return id;
}
