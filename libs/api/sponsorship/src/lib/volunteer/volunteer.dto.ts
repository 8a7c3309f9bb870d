import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AVAILABILITY_SLOTS,
  BORKEN_DISTRICTS,
  GENDER_PREFERENCES,
  LANGUAGE_LEVELS,
  PERSON_GENDERS,
  SUPPORT_AREAS,
  VETTING_STEP_KINDS,
  VOLUNTEER_STATUSES,
  type AvailabilitySlot,
  type BorkenDistrict,
  type ChangeVolunteerStatusRequest,
  type GenderPreference,
  type LanguageLevel,
  type PersonGender,
  type RecordCertificateRequest,
  type RecordVettingStepRequest,
  type SpokenLanguage,
  type SupportArea,
  type VettingStepKind,
  type VolunteerProfileRequest,
  type VolunteerStatus,
} from '@zusammen/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
  Validate,
  ValidateNested,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { isCalendarDate } from './calendar-dates';
import { VOLUNTEER_LIMITS } from './volunteer.entity';

export const VOLUNTEER_PAGE_DEFAULT = 25;
export const VOLUNTEER_PAGE_MAX = 100;
/** More languages than anyone lists; bounds the jsonb. */
const LANGUAGES_MAX = 12;

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

@ValidatorConstraint({ name: 'isCalendarDate' })
class IsCalendarDateConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isCalendarDate(value);
  }
  defaultMessage(): string {
    return '$property must be a date written YYYY-MM-DD';
  }
}

export class SpokenLanguageDto implements SpokenLanguage {
  @ApiProperty({ example: 'ar', description: 'ISO 639-1 code.' })
  @IsString()
  @Matches(/^[a-z]{2}$/, { message: 'code must be a two-letter ISO 639-1 code' })
  code!: string;

  @ApiProperty({ enum: LANGUAGE_LEVELS })
  @IsIn(LANGUAGE_LEVELS)
  level!: LanguageLevel;
}

/** PUT /api/sponsorship/me. */
export class VolunteerProfileDto implements VolunteerProfileRequest {
  @ApiProperty({ type: [SpokenLanguageDto], minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LANGUAGES_MAX)
  @ArrayUnique((language: SpokenLanguage) => language?.code, {
    message: 'each language may be listed once',
  })
  @ValidateNested({ each: true })
  @Type(() => SpokenLanguageDto)
  languages!: SpokenLanguageDto[];

  @ApiProperty({ enum: BORKEN_DISTRICTS })
  @IsIn(BORKEN_DISTRICTS)
  district!: BorkenDistrict;

  @ApiProperty({
    minimum: VOLUNTEER_LIMITS.maxDistanceKm.min,
    maximum: VOLUNTEER_LIMITS.maxDistanceKm.max,
  })
  @IsInt()
  @Min(VOLUNTEER_LIMITS.maxDistanceKm.min)
  @Max(VOLUNTEER_LIMITS.maxDistanceKm.max)
  maxDistanceKm!: number;

  @ApiProperty({ enum: AVAILABILITY_SLOTS, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(AVAILABILITY_SLOTS, { each: true })
  availability!: AvailabilitySlot[];

  @ApiProperty({ enum: SUPPORT_AREAS, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(SUPPORT_AREAS, { each: true })
  supportAreas!: SupportArea[];

  @ApiProperty({ minimum: VOLUNTEER_LIMITS.capacity.min, maximum: VOLUNTEER_LIMITS.capacity.max })
  @IsInt()
  @Min(VOLUNTEER_LIMITS.capacity.min)
  @Max(VOLUNTEER_LIMITS.capacity.max)
  capacity!: number;

  @ApiProperty()
  @IsBoolean()
  acceptsFamiliesWithChildren!: boolean;

  @ApiProperty({ enum: GENDER_PREFERENCES })
  @IsIn(GENDER_PREFERENCES)
  genderPreference!: GenderPreference;

  @ApiPropertyOptional({
    enum: PERSON_GENDERS,
    nullable: true,
    description:
      'Stated voluntarily; null or absent = not stated (then only families without a gender preference match).',
  })
  @IsOptional()
  @IsIn(PERSON_GENDERS)
  gender!: PersonGender | null;

  @ApiProperty({ maxLength: VOLUNTEER_LIMITS.aboutMaxLength })
  @Transform(trim)
  @IsString()
  @MaxLength(VOLUNTEER_LIMITS.aboutMaxLength)
  about!: string;
}

/** Query of GET /api/sponsorship/volunteers. */
export class VolunteerListQueryDto {
  @ApiPropertyOptional({ description: 'Part of the display name (case-insensitive).' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: VOLUNTEER_STATUSES })
  @IsOptional()
  @IsIn(VOLUNTEER_STATUSES)
  status?: VolunteerStatus;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(600)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: VOLUNTEER_PAGE_MAX, default: VOLUNTEER_PAGE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(VOLUNTEER_PAGE_MAX)
  limit?: number;
}

export class RecordVettingStepDto implements RecordVettingStepRequest {
  @ApiProperty({ enum: VETTING_STEP_KINDS })
  @IsIn(VETTING_STEP_KINDS)
  kind!: VettingStepKind;

  @ApiProperty({ format: 'date', description: 'Not in the future.' })
  @Validate(IsCalendarDateConstraint)
  completedOn!: string;
}

export class RecordCertificateDto implements RecordCertificateRequest {
  @ApiProperty({ format: 'date' })
  @Validate(IsCalendarDateConstraint)
  issuedOn!: string;

  @ApiProperty({ format: 'date' })
  @Validate(IsCalendarDateConstraint)
  inspectedOn!: string;

  @ApiProperty()
  @IsBoolean()
  relevantEntry!: boolean;
}

export class ChangeVolunteerStatusDto implements ChangeVolunteerStatusRequest {
  @ApiProperty({ enum: VOLUNTEER_STATUSES })
  @IsIn(VOLUNTEER_STATUSES)
  status!: VolunteerStatus;

  @ApiPropertyOptional({
    maxLength: VOLUNTEER_LIMITS.statusReasonMaxLength,
    description: 'Required for rejected, withdrawn, paused, inactive.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(VOLUNTEER_LIMITS.statusReasonMaxLength)
  reason?: string;
}
