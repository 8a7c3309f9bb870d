import { Injectable } from '@nestjs/common';
import { containsPattern, ValidationFailedException } from '@zusammen/api/core';
import { AuditLog, type ActingUser } from '@zusammen/api/identity';
import {
  parseInventoryNo,
  WorkshopErrorCode,
  type BorrowerDetail,
  type BorrowerSummary,
  type BriefingRequest,
  type EligibilityRequest,
} from '@zusammen/shared/contracts';
import { DataSource, In, QueryFailedError, type EntityManager } from 'typeorm';
import { borrowerNotFound } from '../rentals/counter.exception';
import { WorkshopException } from '../bikes/workshop.exception';
import { addMonths, workshopToday } from '../rentals/rental-dates';
import type { BorrowerCreateDto, BorrowerUpdateDto } from './borrower.dto';
import { Borrower } from './borrower.entity';
import { checkBorrower } from './borrower-rules';
import { loadBorrowerDetail, toBorrowerSummaries } from './borrower-views';
import { Briefing } from './briefing.entity';
import { EligibilityCheck } from './eligibility-check.entity';

/** Eligibility may be recorded at most this far ahead of its verification. */
export const ELIGIBILITY_MAX_MONTHS = 24;
const SEARCH_LIMIT = 50;

const isUniqueViolation = (error: unknown, constraint: string): boolean =>
  error instanceof QueryFailedError &&
  (error.driverError as { code?: string; constraint?: string }).code === '23505' &&
  (error.driverError as { constraint?: string }).constraint === constraint;

/**
 * Borrowers at the desk: search, register (with or without an account), change and block, record eligibility
 * (never a copy of the notice) and the road-safety briefing. Each command is one transaction with its audit entry.
 */
@Injectable()
export class BorrowersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** By name, phone, or the inventory number of a bike the person rents or rented. */
  async search(q: string | undefined): Promise<BorrowerSummary[]> {
    const manager = this.dataSource.manager;
    const text = q?.trim() ?? '';
    const inventoryNo = text ? parseInventoryNo(text) : null;
    const digits = text.replace(/\D/g, '');
    const ids: { id: string }[] = await manager.query(
      `SELECT b.id FROM borrower b
        WHERE $1 = ''
           OR b.display_name ILIKE $2
           OR ($3 <> '' AND length($3) >= 3 AND regexp_replace(coalesce(b.phone, ''), '\\D', '', 'g') LIKE '%' || $3 || '%')
           OR ($4::int IS NOT NULL AND EXISTS (
                SELECT 1 FROM rental r JOIN bike bk ON bk.id = r.bike_id
                 WHERE r.borrower_id = b.id AND bk.inventory_no = $4::int))
        ORDER BY b.display_name, b.id LIMIT ${SEARCH_LIMIT}`,
      [text, containsPattern(text), digits, inventoryNo],
    );
    const borrowers = await manager.findBy(Borrower, { id: In(ids.map((row) => row.id)) });
    const byId = new Map(borrowers.map((b) => [b.id, b]));
    const ordered = ids.map((row) => byId.get(row.id)).filter((b): b is Borrower => !!b);
    return toBorrowerSummaries(manager, ordered, workshopToday(new Date()));
  }

  detail(id: string): Promise<BorrowerDetail> {
    return loadBorrowerDetail(this.dataSource.manager, id, workshopToday(new Date()));
  }

  async create(actor: ActingUser, dto: BorrowerCreateDto): Promise<BorrowerDetail> {
    const today = workshopToday(new Date());
    const id = await this.inTransaction(async (manager) => {
      const userId = dto.accountEmail
        ? await this.linkableAccount(manager, dto.accountEmail, null)
        : null;
      const borrower = manager.create(Borrower, {
        userId,
        displayName: dto.displayName,
        phone: dto.phone ?? null,
        preferredLocale: dto.preferredLocale,
        reminderChannel: dto.reminderChannel,
        isMinor: dto.isMinor ?? false,
        guardianName: dto.guardianName ?? null,
        guardianConsentOn: dto.guardianConsentOn ?? null,
        blockedUntil: null,
        blockReason: null,
        createdById: actor.id,
      });
      checkBorrower(borrower, today);
      const saved = await manager.save(borrower);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.borrower-created',
        subjectType: 'borrower',
        subjectId: saved.id,
        details: { hasAccount: userId !== null },
        requestId: actor.requestId,
      });
      return saved.id;
    });
    return this.detail(id);
  }

  async update(actor: ActingUser, id: string, dto: BorrowerUpdateDto): Promise<BorrowerDetail> {
    const today = workshopToday(new Date());
    await this.inTransaction(async (manager) => {
      const borrower = await manager.findOne(Borrower, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!borrower) throw borrowerNotFound();
      if (dto.accountEmail !== undefined)
        borrower.userId = dto.accountEmail
          ? await this.linkableAccount(manager, dto.accountEmail, id)
          : null;
      if (dto.displayName !== undefined) borrower.displayName = dto.displayName;
      if (dto.phone !== undefined) borrower.phone = dto.phone;
      if (dto.preferredLocale !== undefined) borrower.preferredLocale = dto.preferredLocale;
      if (dto.reminderChannel !== undefined) borrower.reminderChannel = dto.reminderChannel;
      else if (borrower.userId === null) borrower.reminderChannel = 'phone';
      if (dto.isMinor !== undefined) borrower.isMinor = dto.isMinor;
      if (dto.guardianName !== undefined) borrower.guardianName = dto.guardianName;
      if (dto.guardianConsentOn !== undefined) borrower.guardianConsentOn = dto.guardianConsentOn;
      const wasBlocked = borrower.blockedUntil !== null;
      if (dto.blockedUntil !== undefined) {
        borrower.blockedUntil = dto.blockedUntil;
        borrower.blockReason = dto.blockedUntil === null ? null : (dto.blockReason ?? null);
      } else if (dto.blockReason !== undefined && borrower.blockedUntil !== null) {
        borrower.blockReason = dto.blockReason;
      }
      checkBorrower(borrower, today);
      await manager.save(borrower);
      await this.audit.record(manager, {
        actorId: actor.id,
        action:
          dto.blockedUntil !== undefined
            ? dto.blockedUntil === null
              ? 'workshop.borrower-unblocked'
              : 'workshop.borrower-blocked'
            : 'workshop.borrower-updated',
        subjectType: 'borrower',
        subjectId: id,
        details: { wasBlocked },
        requestId: actor.requestId,
      });
    });
    return this.detail(id);
  }

  async addEligibility(
    actor: ActingUser,
    id: string,
    dto: EligibilityRequest,
  ): Promise<BorrowerDetail> {
    const today = workshopToday(new Date());
    const verifiedOn = dto.verifiedOn ?? today;
    const problems: Record<string, string[]> = {};
    if (verifiedOn > today) problems['verifiedOn'] = ['verifiedOn must not lie in the future'];
    if (dto.validUntil < verifiedOn)
      problems['validUntil'] = ['validUntil must not lie before verifiedOn'];
    else if (dto.validUntil > addMonths(verifiedOn, ELIGIBILITY_MAX_MONTHS))
      problems['validUntil'] = [
        `validUntil may lie at most ${ELIGIBILITY_MAX_MONTHS} months after verifiedOn`,
      ];
    if (Object.keys(problems).length > 0) throw new ValidationFailedException(problems);
    await this.inTransaction(async (manager) => {
      await this.lockBorrower(manager, id);
      const saved = await manager.save(
        manager.create(EligibilityCheck, {
          borrowerId: id,
          legalBasis: dto.legalBasis,
          documentTypeSeen: dto.documentTypeSeen,
          verifiedById: actor.id,
          verifiedOn,
          validUntil: dto.validUntil,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.eligibility-recorded',
        subjectType: 'borrower',
        subjectId: id,
        details: { eligibilityCheckId: saved.id, validUntil: dto.validUntil },
        requestId: actor.requestId,
      });
    });
    return this.detail(id);
  }

  async addBriefing(actor: ActingUser, id: string, dto: BriefingRequest): Promise<BorrowerDetail> {
    const today = workshopToday(new Date());
    if (dto.heldOn > today)
      throw new ValidationFailedException({ heldOn: ['heldOn must not lie in the future'] });
    if (!dto.acknowledged) throw new WorkshopException(WorkshopErrorCode.SignatureRequired);
    await this.inTransaction(async (manager) => {
      await this.lockBorrower(manager, id);
      await manager.save(
        manager.create(Briefing, {
          borrowerId: id,
          language: dto.language,
          interpreter: dto.interpreter,
          trainerId: actor.id,
          heldOn: dto.heldOn,
          acknowledged: true,
          ridingCheckPassed: dto.ridingCheckPassed ?? null,
        }),
      );
    });
    return this.detail(id);
  }

  private async lockBorrower(manager: EntityManager, id: string): Promise<void> {
    const rows: unknown[] = await manager.query(
      `SELECT id FROM borrower WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (rows.length === 0) throw borrowerNotFound();
  }

  /** The account with this address, unless it is erased or linked to another borrower (422 otherwise). */
  private async linkableAccount(
    manager: EntityManager,
    email: string,
    borrowerId: string | null,
  ): Promise<string> {
    const rows: { id: string; linked_to: string | null }[] = await manager.query(
      `SELECT u.id, b.id AS linked_to FROM user_account u LEFT JOIN borrower b ON b.user_id = u.id
        WHERE lower(u.email) = lower($1) AND u.erased_at IS NULL`,
      [email],
    );
    const row = rows[0];
    if (!row || (row.linked_to !== null && row.linked_to !== borrowerId))
      throw new WorkshopException(WorkshopErrorCode.AccountNotLinkable);
    return row.id;
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error: unknown) {
      if (isUniqueViolation(error, 'uq_borrower_user_id'))
        throw new WorkshopException(WorkshopErrorCode.AccountNotLinkable);
      throw error;
    }
  }
}
