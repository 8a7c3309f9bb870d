import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { AuditLog, type ActingUser } from '@zusammen/api/identity';
import {
  WorkshopErrorCode,
  type HandoutCheckResponse,
  type HandoutRefusal,
  type RentalDetail,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { Bike } from '../bikes/bike.entity';
import { rentalTerms } from '../borrowers/bike-offers';
import { loadBorrowerGateFacts, loadSettings } from '../borrowers/borrower-facts';
import { borrowerRefusals } from '../borrowers/borrower-gate';
import { Borrower } from '../borrowers/borrower.entity';
import { WorkshopException } from '../bikes/workshop.exception';
import { HandoutRefusedException, bikeNotFound, borrowerNotFound } from './counter.exception';
import { databaseRefusal, isUniqueViolation, parseIdempotencyKey } from './handout-errors';
import { inspectionRefusal, loadInspectionFacts } from './inspection-gate';
import type { HandoutDto } from './rental.dto';
import { defaultDueOn, dueOnProblem, LATE_ENTRY_MAX_DAYS, workshopToday } from './rental-dates';
import { loadRentalDetail } from './rental-detail';
import { addDueSoonReminder } from './rental-reminders';
import { isValidSignature } from './signature';
import { Rental } from './rental.entity';
import type { WorkshopSettings } from '../settings/workshop-settings.entity';

/** What the gates found for a bike and a borrower. */
interface GateResult {
  refusals: HandoutRefusal[];
  bike: Bike;
  borrower: Borrower;
  reserved: Rental | null;
  inspectionId: string | null;
  inspectionValidUntil: Date | null;
  settings: WorkshopSettings;
}

/**
 * The handout (workshop.md § 6), one transaction: lock the bike → availability (available, or reserved for this
 * borrower) and inspection gate → lock the borrower → borrower gate → the rental with frozen terms → bike on loan
 * → waiting-list entry fulfilled → due-soon reminder. The trigger and the partial unique index are the last word:
 * their violations answer with the same 409 codes. An `Idempotency-Key` per desk user replays the first result.
 */
@Injectable()
export class HandoutService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** Pre-check at the counter: every refusal at once, and the terms a handout would get now. */
  async check(bikeId: string, borrowerId: string): Promise<HandoutCheckResponse> {
    const now = new Date();
    const manager = this.dataSource.manager;
    const gate = await this.gates(manager, bikeId, borrowerId, now, false);
    const settings = gate.settings;
    return {
      refusals: gate.refusals,
      ...rentalTerms(settings),
      dueOn: defaultDueOn(workshopToday(now), settings.loanDays),
      inspectionValidUntil: gate.inspectionValidUntil?.toISOString() ?? null,
    };
  }

  async handout(actor: ActingUser, dto: HandoutDto, keyHeader?: string): Promise<RentalDetail> {
    const key = parseIdempotencyKey(keyHeader);
    if (key !== null) {
      const replayed = await this.replay(this.dataSource.manager, actor, key);
      if (replayed) return replayed;
    }
    const now = new Date();
    const handedOutAt = this.checkRequest(dto, now);
    let rentalId: string;
    try {
      rentalId = await this.dataSource.transaction((manager) =>
        this.handoutIn(manager, actor, dto, key, handedOutAt, now),
      );
    } catch (error: unknown) {
      if (key !== null && isUniqueViolation(error, 'uq_rental_idempotency')) {
        const replayed = await this.replay(this.dataSource.manager, actor, key);
        if (replayed) return replayed;
      }
      const refusal = databaseRefusal(error);
      if (refusal) throw new HandoutRefusedException([refusal]);
      throw error;
    }
    return loadRentalDetail(this.dataSource.manager, rentalId, workshopToday(now));
  }

  private async handoutIn(
    manager: EntityManager,
    actor: ActingUser,
    dto: HandoutDto,
    key: string | null,
    handedOutAt: Date,
    now: Date,
  ): Promise<string> {
    if (key !== null) {
      await manager.query(
        `SELECT pg_advisory_xact_lock(hashtext('rental-handout-idempotency'), hashtext($1::text || '/' || $2::text))`,
        [actor.id, key],
      );
      const existing = await manager.findOneBy(Rental, {
        handedOutById: actor.id,
        idempotencyKey: key,
      });
      if (existing) return existing.id;
    }
    const gate = await this.gates(manager, dto.bikeId, dto.borrowerId, handedOutAt, true);
    if (gate.refusals.length > 0) throw new HandoutRefusedException(gate.refusals);
    const settings = gate.settings;
    const today = workshopToday(now);
    const dueOn = dto.dueOn ?? defaultDueOn(workshopToday(handedOutAt), settings.loanDays);
    const dueProblem = dueOnProblem(dueOn, today, settings.loanDays);
    if (dueProblem) throw new ValidationFailedException({ dueOn: [dueProblem] });
    const fields = {
      status: 'active' as const,
      reservedUntil: null,
      inspectionId: gate.inspectionId,
      ...rentalTerms(settings),
      contractLocale: gate.borrower.preferredLocale,
      feeStatus: dto.feeStatus,
      depositStatus: dto.depositStatus,
      accessoriesOut: dto.accessoriesOut,
      signatureKind: dto.signatureKind,
      signatureImage: dto.signatureKind === 'on_screen' ? (dto.signatureImage ?? null) : null,
      handedOutAt,
      handedOutById: actor.id,
      dueOn,
      idempotencyKey: key,
    };
    let rentalId: string;
    if (gate.reserved) {
      rentalId = gate.reserved.id;
      await manager.update(Rental, { id: rentalId, status: 'reserved' }, fields);
    } else {
      const inserted = await manager.insert(Rental, {
        bikeId: dto.bikeId,
        borrowerId: dto.borrowerId,
        ...fields,
      });
      rentalId = (inserted.identifiers[0] as { id: string }).id;
    }
    await manager.update(Bike, { id: gate.bike.id }, { availability: 'on_loan' });
    await manager.query(
      `UPDATE bike_waitlist_entry SET status = 'fulfilled', closed_at = $3
        WHERE borrower_id = $1 AND status IN ('waiting', 'offered')
          AND (offered_bike_id = $2 OR cycle_type = $4)`,
      [gate.borrower.id, gate.bike.id, now.toISOString(), gate.bike.cycleType],
    );
    await addDueSoonReminder(
      manager,
      { id: rentalId, dueOn, extended: false },
      gate.borrower,
      gate.bike.inventoryNo,
    );
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'workshop.rental-handed-out',
      subjectType: 'rental',
      subjectId: rentalId,
      details: { bikeId: gate.bike.id, borrowerId: gate.borrower.id, dueOn },
      requestId: actor.requestId,
    });
    return rentalId;
  }

  /** Both gates; with `lock` the bike and then the borrower row are locked (the fixed lock order). */
  private async gates(
    manager: EntityManager,
    bikeId: string,
    borrowerId: string,
    at: Date,
    lock: boolean,
  ): Promise<GateResult> {
    const bike = await manager.findOne(Bike, {
      where: { id: bikeId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!bike) throw bikeNotFound();
    const refusals: HandoutRefusal[] = [];
    let reserved: Rental | null = null;
    if (bike.availability === 'reserved') {
      reserved = await manager.findOneBy(Rental, { bikeId, status: 'reserved' });
      if (reserved?.borrowerId !== borrowerId) {
        reserved = null;
        refusals.push('BIKE_NOT_AVAILABLE');
      }
    } else if (bike.availability !== 'available') refusals.push('BIKE_NOT_AVAILABLE');
    const inspection = await loadInspectionFacts(manager, bikeId);
    const inspectionProblem = inspectionRefusal(inspection, at);
    if (inspectionProblem) refusals.push(inspectionProblem);
    const borrower = await manager.findOne(Borrower, {
      where: { id: borrowerId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!borrower) throw borrowerNotFound();
    const settings = await loadSettings(manager);
    const facts = await loadBorrowerGateFacts(
      manager,
      [borrowerId],
      workshopToday(at),
      settings.rentalLimit,
      reserved?.id ?? null,
    );
    const borrowerFacts = facts.get(borrowerId);
    if (borrowerFacts) refusals.push(...borrowerRefusals(borrowerFacts));
    return {
      refusals,
      bike,
      borrower,
      reserved,
      inspectionId: inspection.inspectionId,
      inspectionValidUntil: inspection.validUntil,
      settings,
    };
  }

  /** The request's own rules: signature, handout time; returns the handout instant. */
  private checkRequest(dto: HandoutDto, now: Date): Date {
    if (dto.signatureKind === 'on_screen' && !isValidSignature(dto.signatureImage))
      throw new WorkshopException(WorkshopErrorCode.SignatureRequired);
    if (!dto.handedOutAt) return now;
    const at = new Date(dto.handedOutAt);
    if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + 60_000)
      throw new ValidationFailedException({
        handedOutAt: ['handedOutAt must not lie in the future'],
      });
    if (at.getTime() < now.getTime() - LATE_ENTRY_MAX_DAYS * 86_400_000)
      throw new ValidationFailedException({
        handedOutAt: [`handedOutAt may lie at most ${LATE_ENTRY_MAX_DAYS} days back`],
      });
    return at;
  }

  private async replay(
    manager: EntityManager,
    actor: ActingUser,
    key: string,
  ): Promise<RentalDetail | null> {
    const existing = await manager.findOneBy(Rental, {
      handedOutById: actor.id,
      idempotencyKey: key,
    });
    return existing ? loadRentalDetail(manager, existing.id, workshopToday(new Date())) : null;
  }
}
