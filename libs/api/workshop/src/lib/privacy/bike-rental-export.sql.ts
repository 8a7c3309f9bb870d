/** Queries of the `bikeRentals` export section (dates as `YYYY-MM-DD` text, names of staff left out). */

export interface BorrowerExportRow {
  id: string;
  display_name: string;
  phone: string | null;
  preferred_locale: string;
  reminder_channel: string;
  is_minor: boolean;
  guardian_name: string | null;
  guardian_consent_on: string | null;
  blocked_until: string | null;
  block_reason: string | null;
  strikes: number;
  created_at: Date;
}

export interface RentalExportRow {
  id: string;
  inventory_no: number;
  status: string;
  contract_type: string;
  fee_cents: number;
  fee_status: string;
  deposit_cents: number;
  deposit_status: string;
  reserved_until: Date | null;
  handed_out_at: Date | null;
  due_on: string | null;
  returned_at: Date | null;
  accessories_out: string[];
  accessories_back: string[] | null;
}

export interface DamageExportRow {
  rental_id: string;
  description: string;
  claim_deadline: string;
  status: string;
  decision: string | null;
  charged_cents: number | null;
}

export const BORROWER_EXPORT_SQL = `
  SELECT id, display_name, phone, preferred_locale, reminder_channel, is_minor, guardian_name,
         guardian_consent_on::text AS guardian_consent_on, blocked_until::text AS blocked_until, block_reason,
         strikes, created_at
    FROM borrower WHERE user_id = $1`;

export const ELIGIBILITY_EXPORT_SQL = `
  SELECT legal_basis AS "legalBasis", verified_on::text AS "verifiedOn", valid_until::text AS "validUntil"
    FROM eligibility_check WHERE borrower_id = $1 ORDER BY verified_on, id`;

export const BRIEFINGS_EXPORT_SQL = `
  SELECT topic_version AS "topicVersion", language, interpreter, held_on::text AS "heldOn", acknowledged,
         riding_check_passed AS "ridingCheckPassed"
    FROM briefing WHERE borrower_id = $1 ORDER BY held_on, id`;

export const RENTALS_EXPORT_SQL = `
  SELECT r.id, b.inventory_no, r.status, r.contract_type, r.fee_cents, r.fee_status, r.deposit_cents,
         r.deposit_status, r.reserved_until, r.handed_out_at, r.due_on::text AS due_on, r.returned_at,
         r.accessories_out, r.accessories_back
    FROM rental r JOIN bike b ON b.id = r.bike_id
   WHERE r.borrower_id = $1 ORDER BY r.created_at, r.id`;

export const DAMAGE_EXPORT_SQL = `
  SELECT d.rental_id, d.description, d.claim_deadline::text AS claim_deadline, d.status, d.decision,
         d.charged_cents
    FROM damage_case d JOIN rental r ON r.id = d.rental_id
   WHERE r.borrower_id = $1 ORDER BY d.created_at, d.id`;

export const WAITLIST_EXPORT_SQL = `
  SELECT cycle_type AS "cycleType", frame_size_min_cm AS "frameSizeMinCm", frame_size_max_cm AS "frameSizeMaxCm",
         wheel_inches AS "wheelInches", status, created_at AS "createdAt"
    FROM bike_waitlist_entry WHERE borrower_id = $1 ORDER BY created_at, id`;
