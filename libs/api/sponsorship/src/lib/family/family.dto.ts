import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PHONE_PATTERN } from '@zusammen/api/identity';
import {
  AGE_BANDS,
  AVAILABILITY_SLOTS,
  BORKEN_DISTRICTS,
  CONTACT_CHANNELS,
  FAMILY_STATUSES,
  GENDER_PREFERENCES,
  LANGUAGE_LEVELS,
  SUPPORT_AREAS,
  SUPPORTED_LOCALES,
  type AgeBand,
  type AvailabilitySlot,
  type BorkenDistrict,
  type ContactChannel,
  type FamilyMember,
  type FamilyRequest,
  type FamilyStatus,
  type GenderPreference,
  type LanguageLevel,
  type Locale,
  type RecordConsentRequest,
  type SpokenLanguage,
  type SupportArea,
} from '@zusammen/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CONSENT_SCOPE_MAX_LENGTH, CONSENT_TEXT_VERSION_MAX_LENGTH } from './family-consent.entity';
import { MEMBER_ALIAS_MAX_LENGTH, MEMBER_GENDERS, type MemberGender } from './family-member.entity';
import {
  CONTACT_NAME_MAX_LENGTH,
  CONTACT_PHONE_MAX_LENGTH,
  STAFF_NOTE_MAX_LENGTH,
} from './family.entity';

export const FAMILY_PAGE_DEFAULT = 25;
export const FAMILY_PAGE_MAX = 100;
const MAX_MEMBERS = 20;
const MAX_LANGUAGES = 10;

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
/** Optional texts: blank means "none" (the field is then left out, stored as null). */
const trimToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || undefined : value;

/** Channels through which staff reach the family by phone number. */
const PHONE_CHANNELS: readonly ContactChannel[] = ['phone', 'sms', 'messenger'];

export class SpokenLanguageDto implements SpokenLanguage {
  @ApiProperty({ example: 'ar', description: 'ISO 639 code in lower case (2 or 3 letters).' })
  @IsString()
  @Matches(/^[a-z]{2,3}$/, { message: 'code must be an ISO 639 language code, e.g. ar' })
  code!: string;

  @ApiProperty({ enum: LANGUAGE_LEVELS })
  @IsIn(LANGUAGE_LEVELS)
  level!: LanguageLevel;
}

export class FamilyMemberDto implements FamilyMember {
  @ApiProperty({ minLength: 1, maxLength: MEMBER_ALIAS_MAX_LENGTH, example: 'Mariam' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(MEMBER_ALIAS_MAX_LENGTH)
  alias!: string;

  @ApiProperty({ enum: AGE_BANDS })
  @IsIn(AGE_BANDS)
  ageBand!: AgeBand;

  @ApiPropertyOptional({ enum: MEMBER_GENDERS })
  @IsOptional()
  @IsIn(MEMBER_GENDERS)
  gender?: MemberGender;
}

/** POST and PUT body: the whole household; the member list replaces the stored one. */
export class FamilyRequestDto implements FamilyRequest {
  @ApiProperty({ minLength: 1, maxLength: CONTACT_NAME_MAX_LENGTH, example: 'Frau Haddad' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(CONTACT_NAME_MAX_LENGTH)
  contactName!: string;

  @ApiProperty({ enum: CONTACT_CHANNELS })
  @IsIn(CONTACT_CHANNELS)
  contactChannel!: ContactChannel;

  /** Required for phone, SMS and messenger; optional otherwise. */
  @ApiPropertyOptional({ maxLength: CONTACT_PHONE_MAX_LENGTH, example: '+49 2861 12345' })
  @Transform(trimToUndefined)
  @ValidateIf(
    (dto: FamilyRequestDto) =>
      PHONE_CHANNELS.includes(dto.contactChannel) || dto.contactPhone != null,
  )
  @IsDefined({ message: 'contactPhone is required for phone, sms and messenger' })
  @IsString()
  @MaxLength(CONTACT_PHONE_MAX_LENGTH)
  @Matches(PHONE_PATTERN, { message: 'contactPhone may contain only digits, spaces and + ( ) - /' })
  contactPhone?: string;

  @ApiProperty({ enum: SUPPORTED_LOCALES })
  @IsIn(SUPPORTED_LOCALES)
  preferredLocale!: Locale;

  @ApiProperty({ enum: BORKEN_DISTRICTS })
  @IsIn(BORKEN_DISTRICTS)
  district!: BorkenDistrict;

  @ApiProperty({ type: () => SpokenLanguageDto, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LANGUAGES)
  @ArrayUnique((language: Partial<SpokenLanguage> | null) => language?.code, {
    message: 'languages must name each language once',
  })
  @ValidateNested({ each: true })
  @Type(() => SpokenLanguageDto)
  languages!: SpokenLanguageDto[];

  @ApiProperty({ type: () => FamilyMemberDto, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1, { message: 'members must contain at least one member' })
  @ArrayMaxSize(MAX_MEMBERS)
  @ValidateNested({ each: true })
  @Type(() => FamilyMemberDto)
  members!: FamilyMemberDto[];

  @ApiProperty({ enum: SUPPORT_AREAS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(SUPPORT_AREAS, { each: true })
  needs!: SupportArea[];

  @ApiProperty({ enum: AVAILABILITY_SLOTS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(AVAILABILITY_SLOTS, { each: true })
  availability!: AvailabilitySlot[];

  @ApiProperty({ enum: GENDER_PREFERENCES })
  @IsIn(GENDER_PREFERENCES)
  volunteerGenderPreference!: GenderPreference;

  @ApiProperty()
  @IsBoolean()
  interpreterAvailable!: boolean;

  @ApiProperty()
  @IsBoolean()
  urgent!: boolean;

  /** Sensitive, staff only; blank removes it. */
  @ApiPropertyOptional({ maxLength: STAFF_NOTE_MAX_LENGTH })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(STAFF_NOTE_MAX_LENGTH)
  staffNote?: string;
}

/** Query of GET /api/sponsorship/families. */
export class FamilyListQueryDto {
  @ApiPropertyOptional({
    description: 'Part of the contact name or a member alias (case-insensitive).',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: FAMILY_STATUSES })
  @IsOptional()
  @IsIn(FAMILY_STATUSES)
  status?: FamilyStatus;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(600)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: FAMILY_PAGE_MAX, default: FAMILY_PAGE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(FAMILY_PAGE_MAX)
  limit?: number;
}

export class RecordConsentDto implements RecordConsentRequest {
  @ApiProperty({ maxLength: CONSENT_TEXT_VERSION_MAX_LENGTH, example: 'patenschaft-2026-11' })
  @Transform(trim)
  @IsString()
  @MaxLength(CONSENT_TEXT_VERSION_MAX_LENGTH)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    message: 'textVersion must be a version label such as patenschaft-2026-11',
  })
  textVersion!: string;

  @ApiProperty({ maxLength: CONSENT_SCOPE_MAX_LENGTH, example: 'matching,contact-sharing' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(CONSENT_SCOPE_MAX_LENGTH)
  scope!: string;

  /** Not in the future and not before 2000 (checked by the service against today in Borken). */
  @ApiProperty({ format: 'date', example: '2026-11-26' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'grantedOn must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'grantedOn must be a valid date' })
  grantedOn!: string;
}
