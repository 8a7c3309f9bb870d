import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ROOM_ACCESSIBILITY,
  type OpeningHours,
  type RoomAccessibility,
  type RoomUpdateRequest,
} from '@zusammen/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

/** Opening and closing wall times: `HH:mm`; a room may close at `24:00`. */
const OPENS_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const CLOSES_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const MAX_BUFFER_MINUTES = 240;
export const KEY_LOCATION_MAX_LENGTH = 200;
export const FEATURE_MAX_LENGTH = 40;

const trimToNull = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || null : value;

export class OpeningHoursDto implements OpeningHours {
  @ApiProperty({ minimum: 1, maximum: 7, description: '1 = Monday … 7 = Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @ApiProperty({ example: '08:00' })
  @Matches(OPENS_PATTERN, { message: 'opens must be a wall time (HH:mm)' })
  opens!: string;

  @ApiProperty({ example: '22:00' })
  @Matches(CLOSES_PATTERN, { message: 'closes must be a wall time (HH:mm, or 24:00)' })
  closes!: string;
}

/** Overlaps and order within a weekday are checked by `openingHoursProblems`. */
export class RoomUpdateDto implements RoomUpdateRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: 2000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2000)
  capacity?: number;

  @ApiPropertyOptional({ type: String, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(FEATURE_MAX_LENGTH, { each: true })
  features?: string[];

  @ApiPropertyOptional({ enum: ROOM_ACCESSIBILITY, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(ROOM_ACCESSIBILITY, { each: true })
  accessibility?: RoomAccessibility[];

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_BUFFER_MINUTES })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_BUFFER_MINUTES)
  setupMinutes?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_BUFFER_MINUTES })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_BUFFER_MINUTES)
  teardownMinutes?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  requiresApproval?: boolean;

  @ApiPropertyOptional({ type: OpeningHoursDto, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(21)
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursDto)
  openingHours?: OpeningHoursDto[];

  @ApiPropertyOptional({ minimum: 1, maximum: 730 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(730)
  maxDaysAhead?: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: KEY_LOCATION_MAX_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(KEY_LOCATION_MAX_LENGTH)
  keyLocation?: string | null;
}
