import { sqlList } from '@zusammen/api/core';
import { WORKSHOP_PHOTO_KINDS, type WorkshopPhotoKind } from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Bike } from './bike.entity';

/**
 * A photo of a bike, of a handout or return, or of a damage (kept in PostgreSQL so that one backup holds
 * everything; the browser scales photos down before upload, the CHECK caps them at 2 MB).
 */
@Entity()
@Index('ix_workshop_photo_bike_id', ['bikeId'])
@Index('ix_workshop_photo_rental_id', ['rentalId'])
@Check('ck_workshop_photo_kind_known', `"kind" IN (${sqlList(WORKSHOP_PHOTO_KINDS)})`)
@Check(
  'ck_workshop_photo_content_type',
  `"content_type" IN ('image/jpeg', 'image/png', 'image/webp')`,
)
@Check('ck_workshop_photo_size', `octet_length("data") BETWEEN 1 AND 2097152`)
export class WorkshopPhoto {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_workshop_photo' })
  id!: string;

  @Column('uuid')
  bikeId!: string;

  @ManyToOne(() => Bike, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bike_id', foreignKeyConstraintName: 'fk_workshop_photo_bike_id' })
  bike?: Bike;

  /** Set for handout, return and damage photos (no FK: rentals live in a later table of this context). */
  @Column('uuid', { nullable: true })
  rentalId!: string | null;

  @Column('text')
  kind!: WorkshopPhotoKind;

  @Column('text')
  contentType!: string;

  @Column('bytea', { select: false })
  data!: Buffer;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
