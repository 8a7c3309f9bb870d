import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import {
  ErasesPersonalData,
  ProvidesPersonalData,
  type PersonalDataErasureHook,
  type PersonalDataSource,
} from '@zusammen/api/identity';
import { CommonErrorCode, formatInventoryNo } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { offerBikeToWaitlist } from '../borrowers/bike-offers';
import {
  BORROWER_EXPORT_SQL,
  BRIEFINGS_EXPORT_SQL,
  DAMAGE_EXPORT_SQL,
  ELIGIBILITY_EXPORT_SQL,
  RENTALS_EXPORT_SQL,
  WAITLIST_EXPORT_SQL,
  type BorrowerExportRow,
  type DamageExportRow,
  type RentalExportRow,
} from './bike-rental-export.sql';

/** The name an erased borrower keeps on the rentals that stay for the bike's history and the bookkeeping. */
export const ERASED_BORROWER_NAME = 'Gelöschte Person';

const iso = (value: Date | null): string | null => (value ? new Date(value).toISOString() : null);

/**
 * The person's bike rentals in their export (Art. 15), for the borrower record linked to the account: contact
 * and reminder settings, eligibility (legal basis and dates: no document is ever kept), briefings, rentals with
 * the bike's label, dates and amounts and their damage cases, waiting-list entries. Who verified, briefed or
 * handed out is another person, so no staff names. Nothing (no `bikeRentals` key) for people who never borrowed.
 */
@ProvidesPersonalData()
export class BikeRentalPersonalData implements PersonalDataSource {
  readonly section = 'bikeRentals';

  async collect(manager: EntityManager, userId: string): Promise<unknown> {
    const [borrower]: BorrowerExportRow[] = await manager.query(BORROWER_EXPORT_SQL, [userId]);
    if (!borrower) return undefined;
    const id = borrower.id;
    const [eligibility, briefings, rentals, damage, waitlist] = [
      await manager.query(ELIGIBILITY_EXPORT_SQL, [id]),
      await manager.query(BRIEFINGS_EXPORT_SQL, [id]),
      (await manager.query(RENTALS_EXPORT_SQL, [id])) as RentalExportRow[],
      (await manager.query(DAMAGE_EXPORT_SQL, [id])) as DamageExportRow[],
      await manager.query(WAITLIST_EXPORT_SQL, [id]),
    ];
    return {
      borrower: {
        id,
        displayName: borrower.display_name,
        phone: borrower.phone,
        preferredLocale: borrower.preferred_locale,
        reminderChannel: borrower.reminder_channel,
        isMinor: borrower.is_minor,
        guardianName: borrower.guardian_name,
        guardianConsentOn: borrower.guardian_consent_on,
        blockedUntil: borrower.blocked_until,
        blockReason: borrower.block_reason,
        strikes: borrower.strikes,
        createdAt: iso(borrower.created_at),
      },
      eligibility,
      briefings,
      rentals: rentals.map((r) => ({
        id: r.id,
        bikeLabel: formatInventoryNo(r.inventory_no),
        status: r.status,
        contractType: r.contract_type,
        feeCents: r.fee_cents,
        feeStatus: r.fee_status,
        depositCents: r.deposit_cents,
        depositStatus: r.deposit_status,
        reservedUntil: iso(r.reserved_until),
        handedOutAt: iso(r.handed_out_at),
        dueOn: r.due_on,
        returnedAt: iso(r.returned_at),
        accessoriesOut: r.accessories_out,
        accessoriesBack: r.accessories_back,
        damage: damage
          .filter((d) => d.rental_id === r.id)
          .map((d) => ({
            description: d.description,
            claimDeadline: d.claim_deadline,
            status: d.status,
            decision: d.decision,
            chargedCents: d.charged_cents,
          })),
      })),
      waitlist,
    };
  }
}

/** 409: the person still has a bike; it must be taken back (or reported lost) before the account can go. */
export class BorrowerHasActiveRentalException extends DomainException {
  constructor(activeRentals: number) {
    super(
      CommonErrorCode.Conflict,
      'The person still has a bike on loan: take it back at the workshop before erasing the account.',
      HttpStatus.CONFLICT,
      { reason: 'BORROWER_HAS_ACTIVE_RENTAL', activeRentals },
    );
  }
}

/**
 * Erasure (Art. 17). Refused (409) while the person has a bike on loan. Otherwise the borrower record stays,
 * because the rentals RESTRICT its deletion and are kept for the bike's history (who had it when it broke) and
 * the bookkeeping (fees, deposits): it loses the account link, the name (→ "Gelöschte Person"), phone, guardian
 * name and any block; eligibility checks (social data) and waiting-list entries are deleted, and a bike held
 * for the person (reserved rental) is released and offered to the next person waiting. The briefings stay as the
 * record that the holder's duty of instruction was met for the kept rentals (they hold no name).
 */
@ErasesPersonalData()
export class BikeRentalErasure implements PersonalDataErasureHook {
  readonly name = 'workshop-bike-rentals';

  async erase(manager: EntityManager, userId: string): Promise<void> {
    // the lock a handout takes on the borrower, so no rental starts while this runs
    const [borrower]: { id: string }[] = await manager.query(
      `SELECT id FROM borrower WHERE user_id = $1 FOR UPDATE`,
      [userId],
    );
    if (!borrower) return;
    const [{ active }]: { active: number }[] = await manager.query(
      `SELECT count(*)::int AS active FROM rental WHERE borrower_id = $1 AND status = 'active'`,
      [borrower.id],
    );
    if (active > 0) throw new BorrowerHasActiveRentalException(active);
    // an UPDATE answers [rows, count]
    const [reserved]: [{ bike_id: string }[], number] = await manager.query(
      `UPDATE rental SET status = 'cancelled', updated_at = now()
        WHERE borrower_id = $1 AND status = 'reserved' RETURNING bike_id`,
      [borrower.id],
    );
    await manager.query(`DELETE FROM eligibility_check WHERE borrower_id = $1`, [borrower.id]);
    await manager.query(`DELETE FROM bike_waitlist_entry WHERE borrower_id = $1`, [borrower.id]);
    // a bike held for the person is free again and goes to the next one waiting (their own entries are gone)
    for (const { bike_id: bikeId } of reserved) {
      await manager.query(
        `UPDATE bike SET availability = 'available', updated_at = now(), version = version + 1
          WHERE id = $1 AND availability = 'reserved'`,
        [bikeId],
      );
      await offerBikeToWaitlist(manager, bikeId, new Date());
    }
    await manager.query(
      `UPDATE borrower
          SET user_id = NULL, display_name = $2, phone = NULL, guardian_name = NULL, reminder_channel = 'phone',
              blocked_until = NULL, block_reason = NULL, updated_at = now()
        WHERE id = $1`,
      [borrower.id, ERASED_BORROWER_NAME],
    );
  }
}
