import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BIKE_SOURCES,
  CONDITION_GRADES,
  CYCLE_TYPES,
  FRAME_NO_STATUSES,
  LIGHTING_KINDS,
  OWNERSHIP_BASES,
  POLICE_CHECK_RESULTS,
  PROPULSIONS,
  type BikeIntakeRequest,
  type BikeSource,
  type BikeUpdateRequest,
  type ConditionGrade,
  type CycleType,
  type FrameNoStatus,
  type LightingKind,
  type OwnershipBasis,
  type PoliceCheckResult,
  type Propulsion,
} from '@zusammen/shared/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
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
} from 'class-validator';

export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: '$property must be a date (YYYY-MM-DD)' };

export const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
/** Blank optional text becomes null. */
export const trimToNull = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || null : value;

/** The fields shared by intake and update (all optional here; the intake DTO makes some required). */
class BikeFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 60 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(60)
  frameNo?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(100)
  model?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 20, maximum: 75 })
  @IsOptional()
  @IsInt()
  @Min(20)
  @Max(75)
  frameSizeCm?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '47-622' })
  @IsOptional()
  @Transform(trimToNull)
  @Matches(/^\d{2,3}-\d{3}$/, { message: 'wheelEtrto must look like 47-622' })
  wheelEtrto?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 10, maximum: 29 })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(29)
  wheelInches?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(2000)
  notes?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(120)
  donorName?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  receiptIssued?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 60 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(60)
  fundbueroRef?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date' })
  @IsOptional()
  @Matches(LOCAL_DATE, DATE_MESSAGE)
  foundOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date' })
  @IsOptional()
  @Matches(LOCAL_DATE, DATE_MESSAGE)
  holdEndsOn?: string | null;

  @ApiPropertyOptional({ enum: OWNERSHIP_BASES, nullable: true })
  @IsOptional()
  @IsIn(OWNERSHIP_BASES)
  ownershipBasis?: OwnershipBasis | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date' })
  @IsOptional()
  @Matches(LOCAL_DATE, DATE_MESSAGE)
  policeCheckOn?: string | null;

  @ApiPropertyOptional({ enum: POLICE_CHECK_RESULTS, nullable: true })
  @IsOptional()
  @IsIn(POLICE_CHECK_RESULTS)
  policeCheckResult?: PoliceCheckResult | null;
}

export class BikeIntakeDto extends BikeFieldsDto implements BikeIntakeRequest {
  @ApiProperty({ enum: FRAME_NO_STATUSES })
  @IsIn(FRAME_NO_STATUSES)
  frameNoStatus!: FrameNoStatus;

  @ApiProperty({ minLength: 1, maxLength: 100 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  make!: string;

  @ApiProperty({ type: String, isArray: true, maxItems: 3 })
  @IsArray()
  @ArrayMaxSize(3)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(30, { each: true })
  colours!: string[];

  @ApiProperty({ enum: CYCLE_TYPES })
  @IsIn(CYCLE_TYPES)
  cycleType!: CycleType;

  @ApiProperty({ enum: PROPULSIONS })
  @IsIn(PROPULSIONS)
  propulsion!: Propulsion;

  @ApiProperty({ enum: LIGHTING_KINDS })
  @IsIn(LIGHTING_KINDS)
  lighting!: LightingKind;

  @ApiProperty({ enum: CONDITION_GRADES })
  @IsIn(CONDITION_GRADES)
  condition!: ConditionGrade;

  @ApiProperty({ enum: BIKE_SOURCES })
  @IsIn(BIKE_SOURCES)
  source!: BikeSource;

  @ApiProperty({ format: 'date' })
  @Matches(LOCAL_DATE, DATE_MESSAGE)
  receivedOn!: string;
}

export class BikeUpdateDto extends BikeFieldsDto implements BikeUpdateRequest {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ enum: FRAME_NO_STATUSES })
  @IsOptional()
  @IsIn(FRAME_NO_STATUSES)
  frameNoStatus?: FrameNoStatus;

  @ApiPropertyOptional({ minLength: 1, maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  make?: string;

  @ApiPropertyOptional({ type: String, isArray: true, maxItems: 3 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(30, { each: true })
  colours?: string[];

  @ApiPropertyOptional({ enum: CYCLE_TYPES })
  @IsOptional()
  @IsIn(CYCLE_TYPES)
  cycleType?: CycleType;

  @ApiPropertyOptional({ enum: PROPULSIONS })
  @IsOptional()
  @IsIn(PROPULSIONS)
  propulsion?: Propulsion;

  @ApiPropertyOptional({ enum: LIGHTING_KINDS })
  @IsOptional()
  @IsIn(LIGHTING_KINDS)
  lighting?: LightingKind;

  @ApiPropertyOptional({ enum: CONDITION_GRADES })
  @IsOptional()
  @IsIn(CONDITION_GRADES)
  condition?: ConditionGrade;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @Matches(LOCAL_DATE, DATE_MESSAGE)
  receivedOn?: string;
}
