import { sqlList } from '@zusammen/api/core';
import {
  ROOM_ACCESSIBILITY,
  type OpeningHours,
  type RoomAccessibility,
} from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A bookable room of the Haus der Begegnung. `setup_minutes`/`teardown_minutes` pad every booking
 * (later issues use them for the overlap constraint). Check constraints are compared by name only:
 * changing ROOM_ACCESSIBILITY needs a migration that drops and re-adds the constraint.
 */
@Entity()
@Unique('uq_room_slug', ['slug'])
@Check('ck_room_slug_format', `"slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('ck_room_name_not_blank', `length(btrim("name")) > 0`)
@Check('ck_room_capacity_positive', `"capacity" > 0`)
@Check(
  'ck_room_accessibility_known',
  `"accessibility" <@ ARRAY[${sqlList(ROOM_ACCESSIBILITY)}]::text[]`,
)
@Check('ck_room_setup_minutes_non_negative', `"setup_minutes" >= 0`)
@Check('ck_room_teardown_minutes_non_negative', `"teardown_minutes" >= 0`)
@Check('ck_room_opening_hours_array', `jsonb_typeof("opening_hours") = 'array'`)
@Check('ck_room_max_days_ahead_range', `"max_days_ahead" BETWEEN 1 AND 730`)
export class Room {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_room' })
  id!: string;

  /** Stable short name for URLs and demo data, e.g. `grosser-saal`. */
  @Column('text')
  slug!: string;

  @Column('text')
  name!: string;

  /** Approved maximum occupancy. */
  @Column('integer')
  capacity!: number;

  @Column('text', { array: true, default: () => "'{}'" })
  accessibility!: RoomAccessibility[];

  /** Free-form equipment tags, e.g. `beamer`, `kitchen`. */
  @Column('text', { array: true, default: () => "'{}'" })
  features!: string[];

  @Column('integer', { default: 0 })
  setupMinutes!: number;

  @Column('integer', { default: 0 })
  teardownMinutes!: number;

  @Column('boolean', { default: false })
  requiresApproval!: boolean;

  /** Bookable hours per weekday (Europe/Berlin wall time); a weekday without an entry is closed. */
  @Column('jsonb', { default: () => "'[]'" })
  openingHours!: OpeningHours[];

  /** How far ahead organizers may book (staff are not limited). */
  @Column('integer', { default: 365 })
  maxDaysAhead!: number;

  /** Where the key is kept, shown to the organizer of a confirmed booking. */
  @Column('text', { nullable: true })
  keyLocation!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
