import { Injectable } from '@nestjs/common';
import { AuditLog } from '@zusammen/api/identity';
import {
  WorkshopErrorCode,
  type PhotoUploadRequest,
  type WorkshopPhotoView,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { workshopClock } from '../settings/workshop-clock';
import { photoUrl } from './bike-detail';
import { requireBike } from './bikes.service';
import { decodePhoto } from './photo-bytes';
import type { WorkshopActor } from './workshop-actor';
import { WorkshopException } from './workshop.exception';

/** Photos of bikes, handouts, returns and damage, kept in PostgreSQL (bytea). */
@Injectable()
export class BikePhotosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async add(
    actor: WorkshopActor,
    bikeId: string,
    request: PhotoUploadRequest,
  ): Promise<WorkshopPhotoView> {
    const decoded = decodePhoto(request.dataBase64, request.contentType);
    if (decoded.bytes === null)
      throw new WorkshopException(WorkshopErrorCode.PhotoInvalid, { problem: decoded.problem });
    const bytes = decoded.bytes;
    return this.dataSource.transaction(async (manager) => {
      await requireBike(manager, bikeId, workshopClock().today);
      const rentalId = request.rentalId ?? null;
      if (rentalId !== null) {
        const rentals: unknown[] = await manager.query(
          `SELECT 1 FROM rental WHERE id = $1 AND bike_id = $2`,
          [rentalId, bikeId],
        );
        if (rentals.length === 0) throw new WorkshopException(WorkshopErrorCode.RentalNotFound);
      }
      const [row]: { id: string; created_at: Date }[] = await manager.query(
        `INSERT INTO workshop_photo (bike_id, rental_id, kind, content_type, data, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, created_at`,
        [bikeId, rentalId, request.kind, request.contentType, bytes, actor.id],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'workshop.photo-added',
        subjectType: 'workshop_photo',
        subjectId: row.id,
        details: { bikeId, rentalId, kind: request.kind, bytes: bytes.length },
        requestId: actor.requestId,
      });
      return {
        id: row.id,
        kind: request.kind,
        url: photoUrl(row.id),
        createdAt: new Date(row.created_at).toISOString(),
      };
    });
  }

  async bytes(id: string): Promise<{ contentType: string; data: Buffer }> {
    const rows: { content_type: string; data: Buffer }[] = await this.dataSource.query(
      `SELECT content_type, data FROM workshop_photo WHERE id = $1`,
      [id],
    );
    if (rows.length === 0) throw new WorkshopException(WorkshopErrorCode.PhotoNotFound);
    return { contentType: rows[0].content_type, data: rows[0].data };
  }
}
