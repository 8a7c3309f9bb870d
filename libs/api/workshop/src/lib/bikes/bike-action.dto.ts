import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BIKE_ACTIONS,
  BIKE_AVAILABILITIES,
  CYCLE_TYPES,
  RETIREMENT_REASONS,
  TECHNICAL_STATES,
  WORKSHOP_PHOTO_KINDS,
  type BikeAction,
  type BikeAvailability,
  type BikeTransitionRequest,
  type CycleType,
  type PhotoUploadRequest,
  type RetirementReason,
  type TechnicalState,
  type WorkshopPhotoKind,
} from '@zusammen/shared/contracts';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { trim, trimToNull } from './bike.dto';

export class BikeTransitionDto implements BikeTransitionRequest {
  @ApiProperty({ enum: BIKE_ACTIONS })
  @IsIn(BIKE_ACTIONS)
  action!: BikeAction;

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(500)
  reason?: string | null;

  @ApiPropertyOptional({ enum: RETIREMENT_REASONS, nullable: true })
  @IsOptional()
  @IsIn(RETIREMENT_REASONS)
  retirementReason?: RetirementReason | null;
}

export class BikeListQueryDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: BIKE_AVAILABILITIES })
  @IsOptional()
  @IsIn(BIKE_AVAILABILITIES)
  availability?: BikeAvailability;

  @ApiPropertyOptional({ enum: TECHNICAL_STATES })
  @IsOptional()
  @IsIn(TECHNICAL_STATES)
  technicalState?: TechnicalState;

  @ApiPropertyOptional({ enum: CYCLE_TYPES })
  @IsOptional()
  @IsIn(CYCLE_TYPES)
  cycleType?: CycleType;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,8}$/, { message: 'cursor is not one this API issued' })
  cursor?: string;
}

export class PhotoUploadDto implements PhotoUploadRequest {
  @ApiProperty({ enum: WORKSHOP_PHOTO_KINDS })
  @IsIn(WORKSHOP_PHOTO_KINDS)
  kind!: WorkshopPhotoKind;

  @ApiProperty({ enum: ['image/jpeg', 'image/png', 'image/webp'] })
  @IsIn(['image/jpeg', 'image/png', 'image/webp'])
  contentType!: 'image/jpeg' | 'image/png' | 'image/webp';

  @ApiProperty({ description: 'base64 (≤ 2 MB decoded)' })
  @IsString()
  @MaxLength(3_000_000)
  dataBase64!: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  rentalId?: string | null;
}
