import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CALENDAR_FEED_KINDS,
  SUPPORTED_LOCALES,
  type CalendarFeedKind,
  type CalendarFeedRequest,
  type Locale,
} from '@zusammen/shared/contracts';
import { IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';

/** CalendarFeedRequest: `{ kind: 'personal' }` or (staff) `{ kind: 'room', roomId }`. */
export class CreateCalendarFeedDto implements CalendarFeedRequest {
  @ApiProperty({ enum: CALENDAR_FEED_KINDS })
  @IsIn(CALENDAR_FEED_KINDS)
  kind!: CalendarFeedKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Room feeds only (staff).' })
  // required for room feeds; a personal feed with a room is refused by the service (field error)
  @ValidateIf((dto: CreateCalendarFeedDto) => dto.kind === 'room' || dto.roomId !== undefined)
  @IsUUID()
  roomId?: string;
}

export class PublicFeedQueryDto {
  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES, default: 'de' })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  lang?: Locale;
}
