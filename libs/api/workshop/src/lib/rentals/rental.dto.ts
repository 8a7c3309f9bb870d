import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DAMAGE_CASE_STATUSES,
  DAMAGE_DECISIONS,
  FEE_STATUSES,
  INSPECTION_ITEM_RESULTS,
  RENTAL_ACCESSORIES,
  SIGNATURE_KINDS,
  type DamageCaseStatus,
  type DamageDecision,
  type DamageDecisionRequest,
  type DepositStatus,
  type ExtendRequest,
  type FeeStatus,
  type HandoutCheckRequest,
  type HandoutRequest,
  type InspectionItemResult,
  type ReturnRequest,
  type SignatureKind,
} from '@zusammen/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate } from '../borrowers/is-local-date';

export const RENTAL_VIEWS = ['open', 'due_soon', 'overdue', 'returned', 'all'] as const;
export type RentalView = (typeof RENTAL_VIEWS)[number];
/** A PNG data URL of at most 200 KB (the on-screen signature). */
export const SIGNATURE_MAX_BYTES = 200 * 1024;

const trimToNull = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || null : value;

/** An object whose values are inspection item results (the keys are checked against the checklist). */
function IsItemResults(): PropertyDecorator {
  return ValidateBy({
    name: 'isItemResults',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every((v) =>
          (INSPECTION_ITEM_RESULTS as readonly unknown[]).includes(v),
        ),
      defaultMessage: () =>
        `checks must map checklist items to ${INSPECTION_ITEM_RESULTS.join(', ')}`,
    },
  });
}

export class RentalListQueryDto {
  @ApiPropertyOptional({ enum: RENTAL_VIEWS, description: 'Default: open' })
  @IsOptional()
  @IsIn(RENTAL_VIEWS)
  view?: RentalView;

  @ApiPropertyOptional({ description: 'Borrower name or inventory number' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  q?: string;
}

export class HandoutCheckDto implements HandoutCheckRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  bikeId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  borrowerId!: string;
}

export class HandoutDto extends HandoutCheckDto implements HandoutRequest {
  @ApiPropertyOptional({ format: 'date', description: 'Default: today + loan days' })
  @IsOptional()
  @IsLocalDate()
  dueOn?: string;

  @ApiProperty({ enum: FEE_STATUSES })
  @IsIn(FEE_STATUSES)
  feeStatus!: FeeStatus;

  @ApiProperty({ enum: ['held', 'waived'] })
  @IsIn(['held', 'waived'])
  depositStatus!: Extract<DepositStatus, 'held' | 'waived'>;

  @ApiProperty({ enum: RENTAL_ACCESSORIES, isArray: true })
  @IsArray()
  @ArrayMaxSize(RENTAL_ACCESSORIES.length)
  @ArrayUnique()
  @IsIn(RENTAL_ACCESSORIES, { each: true })
  accessoriesOut!: string[];

  @ApiProperty({ enum: SIGNATURE_KINDS })
  @IsIn(SIGNATURE_KINDS)
  signatureKind!: SignatureKind;

  @ApiPropertyOptional({ nullable: true, description: 'PNG data URL ≤ 200 KB (on_screen)' })
  @IsOptional()
  @IsString()
  @MaxLength(Math.ceil((SIGNATURE_MAX_BYTES * 4) / 3) + 64)
  signatureImage?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    format: 'date-time',
    description: 'Paper form entered later (≤ 7 days back)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  handedOutAt?: string | null;
}

export class ExtendDto implements ExtendRequest {
  @ApiProperty({ format: 'date' })
  @IsLocalDate()
  dueOn!: string;
}

export class ReturnDamageDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1500)
  description!: string;

  @ApiPropertyOptional({ nullable: true, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  estimateCents?: number | null;
}

export class ReturnDto implements ReturnRequest {
  @ApiProperty({ description: 'Checklist item key → pass | fail | na' })
  @IsObject()
  @IsItemResults()
  checks!: Record<string, InspectionItemResult>;

  @ApiProperty({ enum: RENTAL_ACCESSORIES, isArray: true })
  @IsArray()
  @ArrayMaxSize(RENTAL_ACCESSORIES.length)
  @ArrayUnique()
  @IsIn(RENTAL_ACCESSORIES, { each: true })
  accessoriesBack!: string[];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(2000)
  notes?: string | null;

  @ApiPropertyOptional({ type: ReturnDamageDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReturnDamageDto)
  damage?: ReturnDamageDto | null;

  @ApiPropertyOptional({
    nullable: true,
    format: 'date-time',
    description: 'Default: now (≤ 7 days back)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  returnedAt?: string | null;
}

export class DamageDecisionDto implements DamageDecisionRequest {
  @ApiProperty({ enum: DAMAGE_DECISIONS })
  @IsIn(DAMAGE_DECISIONS)
  decision!: DamageDecision;

  @ApiPropertyOptional({ nullable: true, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  chargedCents?: number | null;
}

export class DamageListQueryDto {
  @ApiPropertyOptional({ enum: DAMAGE_CASE_STATUSES, description: 'Default: open' })
  @IsOptional()
  @IsIn(DAMAGE_CASE_STATUSES)
  status?: DamageCaseStatus;
}
