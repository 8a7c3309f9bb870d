import { ApiProperty } from '@nestjs/swagger';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_STATUSES,
  NOTIFICATION_TYPES,
  type NotificationChannel,
  type NotificationItem,
  type NotificationListResponse,
  type NotificationStatus,
  type NotificationType,
  type UnreadCountResponse,
} from '@zusammen/shared/contracts';

/** OpenAPI shapes of the own-notification routes (the contracts are the source of truth). */
export class NotificationItemDto implements NotificationItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_TYPES }) type!: NotificationType;
  @ApiProperty({ enum: NOTIFICATION_CHANNELS }) channel!: NotificationChannel;
  @ApiProperty({ enum: NOTIFICATION_STATUSES }) status!: NotificationStatus;
  @ApiProperty({ format: 'date-time' }) deliverAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) readAt!: string | null;
}

export class NotificationListResponseDto implements NotificationListResponse {
  @ApiProperty({ type: NotificationItemDto, isArray: true }) items!: NotificationItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class UnreadCountResponseDto implements UnreadCountResponse {
  @ApiProperty({ minimum: 0 }) unread!: number;
}
