import { sqlList } from '@zusammen/api/core';
import { CALENDAR_FEED_KINDS, type CalendarFeedKind } from '@zusammen/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Room } from '../room/room.entity';
import { UserAccount } from '@zusammen/api/identity';

/**
 * A secret calendar subscription URL: the owner's own dates (personal) or one room's bookings (staff). Only
 * the SHA-256 of the token is stored; revoking sets `revoked_at` and the URL stops working at once.
 */
@Entity()
@Unique('uq_calendar_feed_token_hash', ['tokenHash'])
@Index('ix_calendar_feed_owner_id', ['ownerId'])
@Check('ck_calendar_feed_kind_known', `"kind" IN (${sqlList(CALENDAR_FEED_KINDS)})`)
@Check('ck_calendar_feed_room_for_room_kind', `("kind" = 'room') = ("room_id" IS NOT NULL)`)
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_calendar_feed' })
  id!: string;

  @Column('uuid')
  ownerId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_calendar_feed_owner_id' })
  owner?: UserAccount;

  @Column('text')
  kind!: CalendarFeedKind;

  @Column('uuid', { nullable: true })
  roomId!: string | null;

  @ManyToOne(() => Room, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'fk_calendar_feed_room_id' })
  room?: Room | null;

  @Column('text')
  tokenHash!: string;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
