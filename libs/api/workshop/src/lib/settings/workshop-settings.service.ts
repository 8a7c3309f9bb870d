import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { AuditLog, type ActingUser } from '@zusammen/api/identity';
import type { WorkshopSettingsRequest, WorkshopSettingsView } from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { WorkshopSettings } from './workshop-settings.entity';

/** The one settings row (the migration creates it). */
export async function readWorkshopSettings(manager: EntityManager): Promise<WorkshopSettings> {
  return manager.findOneOrFail(WorkshopSettings, { where: { id: 1 } });
}

export function toWorkshopSettingsView(row: WorkshopSettings): WorkshopSettingsView {
  return {
    inspectionValidityDays: row.inspectionValidityDays,
    loanDays: row.loanDays,
    feeCents: row.feeCents,
    depositCents: row.depositCents,
    contractType: row.contractType,
    contractVersion: row.contractVersion,
    rentalLimit: row.rentalLimit,
    reservationHours: row.reservationHours,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Inspection validity, loan period, fee, deposit, contract type, rental limit, reservation hold. */
@Injectable()
export class WorkshopSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async get(): Promise<WorkshopSettingsView> {
    return toWorkshopSettingsView(await readWorkshopSettings(this.dataSource.manager));
  }

  /** Replaces the settings; the contract version stays (a new contract text is a deployment, not a setting). */
  async update(actor: ActingUser, request: WorkshopSettingsRequest): Promise<WorkshopSettingsView> {
    if (request.contractType === 'leihe' && request.feeCents !== 0)
      throw new ValidationFailedException({
        feeCents: ['a loan (Leihe) is free of charge: feeCents must be 0'],
      });
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE workshop_settings
            SET inspection_validity_days = $1, loan_days = $2, fee_cents = $3, deposit_cents = $4,
                contract_type = $5, rental_limit = $6, reservation_hours = $7, updated_by_id = $8,
                updated_at = now()
          WHERE id = 1`,
        [
          request.inspectionValidityDays,
          request.loanDays,
          request.feeCents,
          request.depositCents,
          request.contractType,
          request.rentalLimit,
          request.reservationHours,
          actor.id,
        ],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.settings-updated',
        subjectType: 'workshop_settings',
        subjectId: null,
        details: {
          inspectionValidityDays: request.inspectionValidityDays,
          loanDays: request.loanDays,
          feeCents: request.feeCents,
          depositCents: request.depositCents,
          contractType: request.contractType,
          rentalLimit: request.rentalLimit,
          reservationHours: request.reservationHours,
        },
        requestId: actor.requestId,
      });
      return toWorkshopSettingsView(await readWorkshopSettings(manager));
    });
  }
}
