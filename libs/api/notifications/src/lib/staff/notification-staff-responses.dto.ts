import { ApiProperty } from '@nestjs/swagger';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TYPES,
  type NotificationChannel,
  type NotificationHealthResponse,
  type NotificationProblemItem,
  type NotificationStatus,
  type NotificationType,
} from '@zusammen/shared/contracts';

/** OpenAPI shapes of the staff routes (the contracts are the source of truth). */
export class NotificationProblemItemDto implements NotificationProblemItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_TYPES }) type!: NotificationType;
  @ApiProperty({ enum: NOTIFICATION_CHANNELS }) channel!: NotificationChannel;
  @ApiProperty({ format: 'uuid' }) recipientId!: string;
  @ApiProperty({ enum: ['pending', 'queued', 'failed'] })
  status!: NotificationProblemItem['status'];
  @ApiProperty({ minimum: 0 }) attempts!: number;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) deliverAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class QueueCountsDto {
  @ApiProperty() waiting!: number;
  @ApiProperty() active!: number;
  @ApiProperty() delayed!: number;
  @ApiProperty() failed!: number;
}

export class NotificationHealthResponseDto implements NotificationHealthResponse {
  @ApiProperty({ type: QueueCountsDto }) queue!: QueueCountsDto;
  @ApiProperty({
    description: 'Rows per status (every status present).',
    example: { pending: 0, queued: 0, sent: 12, failed: 1, cancelled: 0 },
  })
  outbox!: Record<NotificationStatus, number>;
}

export class MailCheckResponseDto {
  @ApiProperty({ format: 'uuid', description: 'The notification written for the check.' })
  id!: string;
}
