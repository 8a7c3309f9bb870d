import {
  formatInventoryNo,
  WorkshopErrorCode,
  type RentalAccessory,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { WorkshopException } from '../bikes/workshop.exception';
import type { RentalContractInput } from '../contract/rental-contract-input';
import { rentalNotFound } from './counter.exception';
import { workshopToday } from './rental-dates';

/** The frozen rental row as the contract shows it; a reservation or a cancelled rental has no contract (409). */
export async function loadContractInput(
  manager: EntityManager,
  id: string,
): Promise<RentalContractInput> {
  const rows: {
    status: string;
    contract_type: RentalContractInput['contractType'];
    contract_version: number;
    contract_locale: RentalContractInput['locale'];
    display_name: string;
    inventory_no: number;
    make: string;
    cycle_type: string;
    frame_no: string | null;
    handed_out_at: Date | null;
    due_on: string | null;
    fee_cents: number;
    fee_status: RentalContractInput['feeStatus'];
    deposit_cents: number;
    deposit_status: RentalContractInput['depositStatus'];
    accessories_out: string[];
    performed_at: Date | null;
    valid_until: Date | null;
    desk_name: string | null;
    signature_kind: RentalContractInput['signature']['kind'] | null;
    signature_image: string | null;
  }[] = await manager.query(
    `SELECT r.status, r.contract_type, r.contract_version, r.contract_locale, b.display_name, bk.inventory_no,
            bk.make, bk.cycle_type, bk.frame_no, r.handed_out_at, r.due_on::text AS due_on, r.fee_cents,
            r.fee_status, r.deposit_cents, r.deposit_status, r.accessories_out, i.performed_at, i.valid_until,
            u.display_name AS desk_name, r.signature_kind, r.signature_image
       FROM rental r
       JOIN borrower b ON b.id = r.borrower_id
       JOIN bike bk ON bk.id = r.bike_id
       LEFT JOIN bike_inspection i ON i.id = r.inspection_id
       LEFT JOIN user_account u ON u.id = r.handed_out_by_id
      WHERE r.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) throw rentalNotFound();
  if (
    row.handed_out_at === null ||
    row.due_on === null ||
    row.signature_kind === null ||
    row.performed_at === null ||
    row.valid_until === null
  )
    throw new WorkshopException(WorkshopErrorCode.RentalNotChangeable);
  return {
    rentalId: id,
    contractType: row.contract_type,
    contractVersion: row.contract_version,
    locale: row.contract_locale,
    borrowerName: row.display_name,
    bike: {
      inventoryNo: formatInventoryNo(row.inventory_no),
      make: row.make,
      cycleType: row.cycle_type,
      frameNo: row.frame_no,
    },
    handedOutOn: workshopToday(row.handed_out_at),
    dueOn: row.due_on,
    feeCents: row.fee_cents,
    feeStatus: row.fee_status,
    depositCents: row.deposit_cents,
    depositStatus: row.deposit_status,
    accessories: row.accessories_out as RentalAccessory[],
    inspection: {
      performedOn: workshopToday(row.performed_at),
      validUntil: workshopToday(row.valid_until),
    },
    deskPersonName: row.desk_name ?? '',
    signature: { kind: row.signature_kind, pngDataUrl: row.signature_image },
  };
}
