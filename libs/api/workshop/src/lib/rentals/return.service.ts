import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { AuditLog, type ActingUser } from '@zusammen/api/identity';
import { WorkshopErrorCode, type RentalDetail } from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { Bike } from '../bikes/bike.entity';
import { InspectionTemplate } from '../inspection/inspection-template.entity';
import { WorkOrder } from '../repair/work-order.entity';
import { rentalNotFound } from './counter.exception';
import { WorkshopException } from '../bikes/workshop.exception';
import { DamageCase } from './damage-case.entity';
import type { ReturnDto } from './rental.dto';
import { claimDeadlineOf, LATE_ENTRY_MAX_DAYS, workshopToday } from './rental-dates';
import { loadRentalDetail } from './rental-detail';
import { cancelRentalReminders } from './rental-reminders';
import { Rental } from './rental.entity';

const DESCRIPTION_MAX = 2000;

/** What a return found: the lines of a damage case and whether the bike needs repair. */
export interface ReturnFindings {
  damageLines: string[];
  failedChecks: string[];
  needsRepair: boolean;
}

/** Missing accessories, failed checks and the reported damage, as damage lines (German: the desk's records). */
export function returnFindings(
  accessoriesOut: readonly string[],
  dto: Pick<ReturnDto, 'checks' | 'accessoriesBack' | 'damage'>,
): ReturnFindings {
  const missing = accessoriesOut.filter((a) => !dto.accessoriesBack.includes(a));
  const failedChecks = Object.entries(dto.checks)
    .filter(([, result]) => result === 'fail')
    .map(([key]) => key);
  const damageLines: string[] = [];
  if (dto.damage?.description) damageLines.push(dto.damage.description.trim());
  if (failedChecks.length > 0) damageLines.push(`Mängel bei Rückgabe: ${failedChecks.join(', ')}`);
  if (missing.length > 0) damageLines.push(`Zubehör fehlt: ${missing.join(', ')}`);
  return { damageLines, failedChecks, needsRepair: failedChecks.length > 0 || !!dto.damage };
}

/**
 * The return (workshop.md § 6), one transaction: time, receiver, accessories, checks and notes on the rental; the
 * bike back to inspection (or to repair with a queued work order when a check failed or damage was reported);
 * a damage case with the § 548 BGB claim deadline for any damage line, which keeps the deposit held; pending
 * reminders cancelled.
 */
@Injectable()
export class ReturnService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async return(actor: ActingUser, id: string, dto: ReturnDto): Promise<RentalDetail> {
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const rental = await lockRental(manager, id);
      if (rental.status !== 'active')
        throw new WorkshopException(WorkshopErrorCode.RentalNotChangeable);
      const returnedAt = returnTime(dto.returnedAt, rental.handedOutAt, now);
      await checkItemKeys(manager, dto.checks);
      const findings = returnFindings(rental.accessoriesOut, dto);
      const caseOpen = findings.damageLines.length > 0;
      const description = findings.damageLines.join('\n').slice(0, DESCRIPTION_MAX);
      if (caseOpen)
        await manager.insert(DamageCase, {
          rentalId: id,
          bikeId: rental.bikeId,
          description,
          estimateCents: dto.damage?.estimateCents ?? null,
          claimDeadline: claimDeadlineOf(returnedAt),
        });
      if (findings.needsRepair)
        await manager.insert(WorkOrder, {
          bikeId: rental.bikeId,
          problem: `Schaden bei Rückgabe: ${description}`.slice(0, DESCRIPTION_MAX),
          tasks: findings.failedChecks.map((title) => ({ title, done: false })),
          status: 'queued',
          createdById: actor.id,
        });
      await manager.update(
        Bike,
        { id: rental.bikeId },
        {
          availability: 'not_lendable',
          technicalState: findings.needsRepair ? 'in_repair' : 'inspection',
          roadworthyUntil: null,
        },
      );
      // without a damage case the deposit goes back at the desk and the rental is settled
      const depositStatus =
        !caseOpen && rental.depositStatus === 'held' ? 'returned' : rental.depositStatus;
      await manager.update(
        Rental,
        { id, status: 'active' },
        {
          status: caseOpen ? 'returned' : 'closed',
          returnedAt,
          receivedById: actor.id,
          accessoriesBack: dto.accessoriesBack,
          returnChecks: dto.checks,
          returnNotes: dto.notes ?? null,
          depositStatus,
        },
      );
      await cancelRentalReminders(manager, id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.rental-returned',
        subjectType: 'rental',
        subjectId: id,
        details: { damage: caseOpen, repair: findings.needsRepair },
        requestId: actor.requestId,
      });
    });
    return loadRentalDetail(this.dataSource.manager, id, workshopToday(now));
  }
}

/** Locks the rental's bike and then the rental (the handout's lock order); 404 when unknown. */
export async function lockRental(manager: EntityManager, id: string): Promise<Rental> {
  const found = await manager.findOneBy(Rental, { id });
  if (!found) throw rentalNotFound();
  await manager.query(`SELECT id FROM bike WHERE id = $1 FOR UPDATE`, [found.bikeId]);
  return manager.findOneOrFail(Rental, { where: { id }, lock: { mode: 'pessimistic_write' } });
}

function returnTime(value: string | null | undefined, handedOutAt: Date | null, now: Date): Date {
  if (!value) return now;
  const at = new Date(value);
  if (at.getTime() > now.getTime() + 60_000)
    throw new ValidationFailedException({ returnedAt: ['returnedAt must not lie in the future'] });
  if (at.getTime() < now.getTime() - LATE_ENTRY_MAX_DAYS * 86_400_000)
    throw new ValidationFailedException({
      returnedAt: [`returnedAt may lie at most ${LATE_ENTRY_MAX_DAYS} days back`],
    });
  if (handedOutAt !== null && at.getTime() < handedOutAt.getTime())
    throw new ValidationFailedException({
      returnedAt: ['returnedAt must not lie before the handout'],
    });
  return at;
}

/** The check keys must be items of the current checklist. */
async function checkItemKeys(
  manager: EntityManager,
  checks: Record<string, unknown>,
): Promise<void> {
  const [template] = await manager.find(InspectionTemplate, {
    order: { version: 'DESC' },
    take: 1,
  });
  const known = new Set((template?.items ?? []).map((item) => item.key));
  const unknown = Object.keys(checks).filter((key) => !known.has(key));
  if (unknown.length > 0)
    throw new ValidationFailedException({
      checks: [`unknown checklist items: ${unknown.join(', ')}`],
    });
}
