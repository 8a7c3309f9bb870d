import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ROOM_BOOKING_KINDS,
  ROOM_BOOKING_STATUSES,
  SERIES_EDIT_SCOPES,
  SERIES_FREQUENCIES,
  type BookingCancelRequest,
  type BookingChangeRequest,
  type BookingDecisionRequest,
  type BookingRequest,
  type OrganizerQuotaUpdateRequest,
  type RoomBookingKind,
  type RoomBookingStatus,
  type SeriesEditScope,
  type SeriesFrequency,
  type SeriesRuleInput,
} from '@zusammen/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** `HH:mm`, 00:00 … 23:59 (a booking ends on the day it starts). */
export const WALL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const BOOKING_TITLE_MAX_LENGTH = 200;
export const DECISION_REASON_MAX_LENGTH = 500;
/** Skipped dates one request may list (a series has at most 400 dates). */
export const MAX_SKIP_DATES = 400;

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
const trimToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || undefined : value;

/** SeriesRuleInput; combinations (weekday codes, count or until) are checked by `validateSeriesRule`. */
export class SeriesRuleDto implements SeriesRuleInput {
  @ApiProperty({ enum: SERIES_FREQUENCIES })
  @IsIn(SERIES_FREQUENCIES)
  frequency!: SeriesFrequency;

  @ApiPropertyOptional({ minimum: 1, maximum: 52 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  interval?: number;

  @ApiPropertyOptional({ type: String, isArray: true, example: ['TU'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(35)
  @IsString({ each: true })
  @Matches(/^[+-]?[1-5]?(MO|TU|WE|TH|FR|SA|SU)$/, { each: true })
  byWeekday?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 31 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(31)
  byMonthDay?: number;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @Matches(LOCAL_DATE_PATTERN, { message: 'until must be a date (YYYY-MM-DD)' })
  until?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 400 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(400)
  count?: number;
}

export class BookingRequestDto implements BookingRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  roomId!: string;

  @ApiProperty({ minLength: 1, maxLength: BOOKING_TITLE_MAX_LENGTH })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(BOOKING_TITLE_MAX_LENGTH)
  title!: string;

  @ApiProperty({ format: 'date', description: 'Local date (Europe/Berlin); a series starts here.' })
  @Matches(LOCAL_DATE_PATTERN, { message: 'date must be a date (YYYY-MM-DD)' })
  date!: string;

  @ApiProperty({ example: '18:00' })
  @Matches(WALL_TIME_PATTERN, { message: 'startTime must be a wall time (HH:mm)' })
  startTime!: string;

  @ApiProperty({ example: '20:00' })
  @Matches(WALL_TIME_PATTERN, { message: 'endTime must be a wall time (HH:mm)' })
  endTime!: string;

  @ApiPropertyOptional({ type: SeriesRuleDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SeriesRuleDto)
  rule?: SeriesRuleDto;

  @ApiPropertyOptional({ type: String, isArray: true, format: 'date' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SKIP_DATES)
  @Matches(LOCAL_DATE_PATTERN, { each: true, message: 'skipDates must be dates (YYYY-MM-DD)' })
  skipDates?: string[];

  @ApiPropertyOptional({
    enum: ROOM_BOOKING_KINDS,
    description: 'Staff only: `blackout` = closure.',
  })
  @IsOptional()
  @IsIn(ROOM_BOOKING_KINDS)
  kind?: RoomBookingKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Staff only: book for this organizer.' })
  @IsOptional()
  @IsUUID()
  organizerId?: string;
}

export class BookingDecisionDto implements BookingDecisionRequest {
  @ApiProperty({ enum: ['confirm', 'reject'] })
  @IsIn(['confirm', 'reject'])
  decision!: 'confirm' | 'reject';

  @ApiPropertyOptional({
    maxLength: DECISION_REASON_MAX_LENGTH,
    description: 'Required to reject.',
  })
  @IsOptional()
  @Transform(trimToUndefined)
  @IsString()
  @MaxLength(DECISION_REASON_MAX_LENGTH)
  reason?: string;
}

export class BookingChangeDto implements BookingChangeRequest {
  @ApiProperty({ enum: SERIES_EDIT_SCOPES })
  @IsIn(SERIES_EDIT_SCOPES)
  scope!: SeriesEditScope;

  @ApiPropertyOptional({ example: '18:00' })
  @IsOptional()
  @Matches(WALL_TIME_PATTERN, { message: 'startTime must be a wall time (HH:mm)' })
  startTime?: string;

  @ApiPropertyOptional({ example: '20:00' })
  @IsOptional()
  @Matches(WALL_TIME_PATTERN, { message: 'endTime must be a wall time (HH:mm)' })
  endTime?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Scope `this` (or a single booking) only.' })
  @IsOptional()
  @Matches(LOCAL_DATE_PATTERN, { message: 'date must be a date (YYYY-MM-DD)' })
  date?: string;

  @ApiPropertyOptional({ maxLength: BOOKING_TITLE_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(BOOKING_TITLE_MAX_LENGTH)
  title?: string;
}

export class BookingCancelDto implements BookingCancelRequest {
  @ApiProperty({ enum: SERIES_EDIT_SCOPES })
  @IsIn(SERIES_EDIT_SCOPES)
  scope!: SeriesEditScope;

  @ApiPropertyOptional({ maxLength: DECISION_REASON_MAX_LENGTH })
  @IsOptional()
  @Transform(trimToUndefined)
  @IsString()
  @MaxLength(DECISION_REASON_MAX_LENGTH)
  reason?: string;
}

/** `from`/`to`: local dates (YYYY-MM-DD, Europe/Berlin) or ISO instants; checked by `resolveRange`. */
export class BookingRangeQueryDto {
  @ApiPropertyOptional({ description: 'YYYY-MM-DD (local) or an ISO instant; default today.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  from?: string;

  @ApiPropertyOptional({
    description:
      'YYYY-MM-DD (local, inclusive) or an ISO instant (exclusive); default from + 7 days.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  to?: string;
}

export class AvailabilityQueryDto extends BookingRangeQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  roomId?: string;
}

export class StaffBookingListQueryDto extends BookingRangeQueryDto {
  @ApiPropertyOptional({ enum: ROOM_BOOKING_STATUSES, description: 'Default `pending`.' })
  @IsOptional()
  @IsIn(ROOM_BOOKING_STATUSES)
  status?: RoomBookingStatus;
}

export class OrganizerQuotaUpdateDto implements OrganizerQuotaUpdateRequest {
  @ApiProperty({ minimum: 0, maximum: 10080 })
  @IsInt()
  @Min(0)
  @Max(10080)
  weeklyMinutes!: number;
}
