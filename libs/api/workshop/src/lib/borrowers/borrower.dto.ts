import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PHONE_PATTERN } from '@zusammen/api/identity';
import {
  ELIGIBILITY_BASES,
  ELIGIBILITY_DOCUMENTS,
  REMINDER_CHANNELS,
  SUPPORTED_LOCALES,
  type BorrowerCreateRequest,
  type BorrowerUpdateRequest,
  type BriefingRequest,
  type EligibilityBasis,
  type EligibilityDocument,
  type EligibilityRequest,
  type Locale,
  type ReminderChannel,
} from '@zusammen/shared/contracts';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { IsLocalDate } from './is-local-date';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
const trimToNull = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || null : value;

export class BorrowerSearchQueryDto {
  @ApiPropertyOptional({
    description: 'Name, phone or inventory number (FR-0042) of a rented bike',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Transform(trim)
  q?: string;
}

export class BorrowerCreateDto implements BorrowerCreateRequest {
  @ApiProperty({ maxLength: 120 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsEmail()
  @MaxLength(254)
  accountEmail?: string | null;

  @ApiProperty({ enum: SUPPORTED_LOCALES })
  @IsIn(SUPPORTED_LOCALES)
  preferredLocale!: Locale;

  @ApiProperty({ enum: REMINDER_CHANNELS })
  @IsIn(REMINDER_CHANNELS)
  reminderChannel!: ReminderChannel;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isMinor?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(120)
  guardianName?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'date' })
  @IsOptional()
  @IsLocalDate()
  guardianConsentOn?: string | null;
}

export class BorrowerUpdateDto implements BorrowerUpdateRequest {
  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Link to the account with this address' })
  @IsOptional()
  @Transform(trimToNull)
  @IsEmail()
  @MaxLength(254)
  accountEmail?: string | null;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  preferredLocale?: Locale;

  @ApiPropertyOptional({ enum: REMINDER_CHANNELS })
  @IsOptional()
  @IsIn(REMINDER_CHANNELS)
  reminderChannel?: ReminderChannel;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isMinor?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(120)
  guardianName?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'date' })
  @IsOptional()
  @IsLocalDate()
  guardianConsentOn?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'date', description: 'Block through this day' })
  @IsOptional()
  @IsLocalDate()
  blockedUntil?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Required with blockedUntil' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(500)
  blockReason?: string | null;
}

export class EligibilityDto implements EligibilityRequest {
  @ApiProperty({ enum: ELIGIBILITY_BASES })
  @IsIn(ELIGIBILITY_BASES)
  legalBasis!: EligibilityBasis;

  @ApiProperty({ enum: ELIGIBILITY_DOCUMENTS, description: 'What was seen; no copy is kept' })
  @IsIn(ELIGIBILITY_DOCUMENTS)
  documentTypeSeen!: EligibilityDocument;

  @ApiPropertyOptional({ format: 'date', description: 'Default: today' })
  @IsOptional()
  @IsLocalDate()
  verifiedOn?: string;

  @ApiProperty({ format: 'date', description: 'verifiedOn … verifiedOn + 24 months' })
  @IsLocalDate()
  validUntil!: string;
}

export class BriefingDto implements BriefingRequest {
  @ApiProperty({ enum: SUPPORTED_LOCALES })
  @IsIn(SUPPORTED_LOCALES)
  language!: Locale;

  @ApiProperty()
  @IsBoolean()
  interpreter!: boolean;

  @ApiProperty({ format: 'date' })
  @IsLocalDate()
  heldOn!: string;

  @ApiProperty({
    description: 'The borrower signed the acknowledgement (else 422 SIGNATURE_REQUIRED)',
  })
  @IsBoolean()
  acknowledged!: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsBoolean()
  ridingCheckPassed?: boolean | null;
}
