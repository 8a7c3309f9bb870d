import type { CycleType, HandoutRequest } from '@zusammen/shared/contracts';
import { addDays, localDateOf } from '@zusammen/shared/util';
import type { DataSource } from 'typeorm';
import { insertPassedInspection } from './workshop-reports-fixtures';

/** Fixtures of the rental-desk specs: lendable bikes and borrowers written with SQL at chosen dates. */

/** Password of the desk users and residents the specs sign in (role workshop: `createSignedInUser`). */
export const DESK_PASSWORD = 'Fahrradausgabe-2026';
const DAY_MS = 86_400_000;

export const berlinToday = (): string => localDateOf(new Date(), 'Europe/Berlin');
export const daysFromToday = (days: number): string => addDays(berlinToday(), days);
export const isoDaysAgo = (days: number): string =>
  new Date(Date.now() - days * DAY_MS).toISOString();

let frameCounter = 0;

/**
 * A roadworthy bike, `available` unless told otherwise, with a passed inspection (default: done yesterday, valid
 * 30 days) unless `inspection` is null.
 */
export async function createLendableBike(
  db: DataSource,
  inspectorId: string,
  options: {
    cycleType?: CycleType;
    frameSizeCm?: number | null;
    wheelInches?: number | null;
    availability?: 'available' | 'not_lendable';
    inspection?: { performedAt: string; validDays: number } | null;
  } = {},
): Promise<{ id: string; inventoryNo: number; inspectionId: string | null }> {
  const [row]: { id: string; inventory_no: number }[] = await db.query(
    `INSERT INTO bike (frame_no, make, cycle_type, frame_size_cm, wheel_inches, condition, technical_state,
                       availability, roadworthy_until, source, received_on)
     VALUES ($1, 'Gazelle', $2, $3, $4, 'good', 'roadworthy', $5, now() + interval '30 days', 'donation',
             current_date - 60)
     RETURNING id, inventory_no`,
    [
      `DESK-${process.pid}-${Date.now()}-${++frameCounter}`,
      options.cycleType ?? 'city',
      options.frameSizeCm ?? null,
      options.wheelInches ?? null,
      options.availability ?? 'available',
    ],
  );
  const inspection =
    options.inspection === undefined
      ? { performedAt: isoDaysAgo(1), validDays: 30 }
      : options.inspection;
  const inspectionId = inspection
    ? await insertPassedInspection(
        db,
        row.id,
        inspectorId,
        inspection.performedAt,
        inspection.validDays,
      )
    : null;
  return { id: row.id, inventoryNo: row.inventory_no, inspectionId };
}

/**
 * A borrower who passes the gate (eligible until +90 days, briefed), unless the options say otherwise.
 * With `userId` the reminders go in-app.
 */
export async function createBorrower(
  db: DataSource,
  options: {
    displayName?: string;
    phone?: string | null;
    userId?: string | null;
    eligibleUntil?: string | null;
    briefed?: boolean;
    blockedUntil?: string | null;
  } = {},
): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO borrower (user_id, display_name, phone, preferred_locale, reminder_channel, blocked_until, block_reason)
     VALUES ($1, $2, $3, 'ar', CASE WHEN $1::uuid IS NULL THEN 'phone' ELSE 'in_app' END, $4::date,
             CASE WHEN $4::date IS NULL THEN NULL ELSE 'Rad zu spät zurückgebracht' END)
     RETURNING id`,
    [
      options.userId ?? null,
      options.displayName ?? `Entleiher ${++frameCounter}`,
      options.phone ?? '0176 5550' + String(frameCounter).padStart(3, '0'),
      options.blockedUntil ?? null,
    ],
  );
  const eligibleUntil =
    options.eligibleUntil === undefined ? daysFromToday(90) : options.eligibleUntil;
  if (eligibleUntil !== null)
    await db.query(
      `INSERT INTO eligibility_check (borrower_id, legal_basis, document_type_seen, verified_on, valid_until)
       VALUES ($1, 'asylblg', 'benefit_notice', least($2::date, current_date), $2::date)`,
      [id, eligibleUntil],
    );
  if (options.briefed ?? true)
    await db.query(
      `INSERT INTO briefing (borrower_id, language, held_on, acknowledged) VALUES ($1, 'ar', current_date - 1, true)`,
      [id],
    );
  return id;
}

/** A paper handout of the bike to the borrower with the default terms. */
export function handoutRequest(bikeId: string, borrowerId: string): HandoutRequest {
  return {
    bikeId,
    borrowerId,
    feeStatus: 'paid',
    depositStatus: 'held',
    accessoriesOut: ['lock', 'lights'],
    signatureKind: 'paper',
  };
}
