import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  EVENT_AUDIENCES,
  MAX_PARTY_SIZE,
  SUPPORTED_LOCALES,
  type DeskRegistrationRequest,
  type EventAudience,
  type EventRequest,
  type EventUpdateRequest,
  type Locale,
  type LocalizedText,
  type RegistrationDecisionRequest,
  type RegistrationRequest,
} from '@zusammen/shared/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';

/** Limits of event texts and numbers (the DB checks the ranges too). */
export const EVENT_LIMITS = {
  titleMaxLength: 200,
  descriptionMaxLength: 4000,
  capacity: { min: 1, max: 10_000 },
  minDecisionHours: { min: 1, max: 336 },
  closesMinutesBefore: { min: 0, max: 20_160 },
  offerHoldHours: { min: 1, max: 72 },
  nameMaxLength: 120,
  phone: { min: 3, max: 40 },
} as const;

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
const trimToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || undefined : value;

/**
 * A text per language: an object whose keys are supported locales and whose values are strings up to the limit
 * (`constraints[0]`); German must be non-blank when `constraints[1]` is true (titles), or whenever any language is
 * given (descriptions: an empty object or an empty German text means "no description").
 */
@ValidatorConstraint({ name: 'isLocalizedText' })
class IsLocalizedTextConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const [maxLength, germanRequired] = args.constraints as [number, boolean];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const entries = Object.entries(value as Record<string, unknown>);
    for (const [locale, text] of entries) {
      if (!(SUPPORTED_LOCALES as readonly string[]).includes(locale)) return false;
      if (typeof text !== 'string' || text.length > maxLength) return false;
    }
    const german = (value as Record<string, unknown>)['de'];
    const hasAny = entries.some(([, text]) => typeof text === 'string' && text.trim() !== '');
    if (germanRequired || hasAny) return typeof german === 'string' && german.trim() !== '';
    return true;
  }
  defaultMessage(args: ValidationArguments): string {
    const [maxLength] = args.constraints as [number, boolean];
    return `$property must map languages (${SUPPORTED_LOCALES.join(', ')}) to texts of at most ${maxLength} characters, with the German text filled in`;
  }
}

/** Trims every language's text and drops blank ones (German stays, possibly empty, for the check). */
const trimTexts = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [locale, text] of Object.entries(value as Record<string, unknown>)) {
    if (typeof text !== 'string') out[locale] = text;
    else if (text.trim() !== '' || locale === 'de') out[locale] = text.trim();
  }
  return out;
};

/** Validation of each event field, shared by the create (required) and update (optional) bodies. */
const Fields = {
  title: () =>
    applyDecorators(
      Transform(trimTexts),
      Validate(IsLocalizedTextConstraint, [EVENT_LIMITS.titleMaxLength, true]),
    ),
  description: () =>
    applyDecorators(
      Transform(trimTexts),
      Validate(IsLocalizedTextConstraint, [EVENT_LIMITS.descriptionMaxLength, false]),
    ),
  audience: () => IsIn(EVENT_AUDIENCES),
  flag: () => IsBoolean(),
  languages: () =>
    applyDecorators(
      IsArray(),
      ArrayUnique(),
      ArrayMaxSize(SUPPORTED_LOCALES.length),
      IsIn(SUPPORTED_LOCALES, { each: true }),
    ),
  capacity: () =>
    applyDecorators(IsInt(), Min(EVENT_LIMITS.capacity.min), Max(EVENT_LIMITS.capacity.max)),
};

const TITLE_DOC: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { type: 'string' },
  example: { de: 'Sprachcafé', ar: 'مقهى اللغة' },
  description: 'Text per language (de, en, ar, uk, fa); German required.',
};
const DESCRIPTION_DOC: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { type: 'string' },
  description: 'Text per language; German required when any language is given.',
};
const CAPACITY_DOC = {
  minimum: EVENT_LIMITS.capacity.min,
  maximum: EVENT_LIMITS.capacity.max,
  description: 'At most the room’s capacity.',
} as const;

/** The optional settings, the same in both bodies. */
class EventSettingsDto {
  @ApiPropertyOptional({ nullable: true, minimum: 1 })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(EVENT_LIMITS.capacity.max)
  minParticipants?: number | null;

  @ApiPropertyOptional({
    minimum: EVENT_LIMITS.minDecisionHours.min,
    maximum: EVENT_LIMITS.minDecisionHours.max,
    default: 48,
  })
  @IsOptional()
  @IsInt()
  @Min(EVENT_LIMITS.minDecisionHours.min)
  @Max(EVENT_LIMITS.minDecisionHours.max)
  minDecisionHours?: number;

  @ApiPropertyOptional({ nullable: true, format: 'date-time' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsISO8601({ strict: true })
  registrationOpensAt?: string | null;

  @ApiPropertyOptional({
    minimum: EVENT_LIMITS.closesMinutesBefore.min,
    maximum: EVENT_LIMITS.closesMinutesBefore.max,
    default: 0,
  })
  @IsOptional()
  @IsInt()
  @Min(EVENT_LIMITS.closesMinutesBefore.min)
  @Max(EVENT_LIMITS.closesMinutesBefore.max)
  registrationClosesMinutesBefore?: number;

  @ApiPropertyOptional({
    minimum: EVENT_LIMITS.offerHoldHours.min,
    maximum: EVENT_LIMITS.offerHoldHours.max,
    default: 12,
  })
  @IsOptional()
  @IsInt()
  @Min(EVENT_LIMITS.offerHoldHours.min)
  @Max(EVENT_LIMITS.offerHoldHours.max)
  offerHoldHours?: number;
}

/** POST /api/events: an event on a booking (for a series booking: on every date of the series). */
export class CreateEventDto extends EventSettingsDto implements EventRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  bookingId!: string;

  @ApiProperty(TITLE_DOC)
  @Fields.title()
  title!: LocalizedText;

  @ApiProperty(DESCRIPTION_DOC)
  @Fields.description()
  description!: LocalizedText;

  @ApiProperty({ enum: EVENT_AUDIENCES })
  @Fields.audience()
  audience!: EventAudience;

  @ApiProperty()
  @Fields.flag()
  public!: boolean;

  @ApiProperty({ enum: SUPPORTED_LOCALES, isArray: true })
  @Fields.languages()
  languagesSpoken!: Locale[];

  @ApiProperty(CAPACITY_DOC)
  @Fields.capacity()
  capacity!: number;

  @ApiProperty()
  @Fields.flag()
  requiresApproval!: boolean;

  @ApiProperty()
  @Fields.flag()
  waitlistEnabled!: boolean;
}

/** PATCH /api/events/:id: every field optional; the booking cannot change. */
export class UpdateEventDto extends EventSettingsDto implements EventUpdateRequest {
  @ApiPropertyOptional(TITLE_DOC)
  @IsOptional()
  @Fields.title()
  title?: LocalizedText;

  @ApiPropertyOptional(DESCRIPTION_DOC)
  @IsOptional()
  @Fields.description()
  description?: LocalizedText;

  @ApiPropertyOptional({ enum: EVENT_AUDIENCES })
  @IsOptional()
  @Fields.audience()
  audience?: EventAudience;

  @ApiPropertyOptional()
  @IsOptional()
  @Fields.flag()
  public?: boolean;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES, isArray: true })
  @IsOptional()
  @Fields.languages()
  languagesSpoken?: Locale[];

  @ApiPropertyOptional(CAPACITY_DOC)
  @IsOptional()
  @Fields.capacity()
  capacity?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Fields.flag()
  requiresApproval?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Fields.flag()
  waitlistEnabled?: boolean;
}

/** POST /api/events/occurrences/:id/registrations. */
export class RegistrationDto implements RegistrationRequest {
  @ApiProperty({ minimum: 1, maximum: MAX_PARTY_SIZE })
  @IsInt()
  @Min(1)
  @Max(MAX_PARTY_SIZE)
  partySize!: number;

  @ApiPropertyOptional({
    default: true,
    description: 'Join the waiting list when the date is full.',
  })
  @IsOptional()
  @IsBoolean()
  waitlist?: boolean;
}

/** POST /api/events/occurrences/:id/desk-registrations (staff): a person without account or e-mail. */
export class DeskRegistrationDto extends RegistrationDto implements DeskRegistrationRequest {
  @ApiProperty({ maxLength: EVENT_LIMITS.nameMaxLength })
  @Transform(trim)
  @IsString()
  @Length(1, EVENT_LIMITS.nameMaxLength)
  name!: string;

  @ApiPropertyOptional({ minLength: EVENT_LIMITS.phone.min, maxLength: EVENT_LIMITS.phone.max })
  @IsOptional()
  @Transform(trimToUndefined)
  @IsString()
  @Length(EVENT_LIMITS.phone.min, EVENT_LIMITS.phone.max)
  @Matches(/^[+0-9 ()/-]+$/, { message: 'phone may contain digits, spaces and + ( ) / - only' })
  phone?: string;

  @ApiProperty({ enum: SUPPORTED_LOCALES })
  @IsIn(SUPPORTED_LOCALES)
  locale!: Locale;
}

/** POST /api/events/registrations/:id/decision. */
export class RegistrationDecisionDto implements RegistrationDecisionRequest {
  @ApiProperty({ enum: ['confirm', 'decline'] })
  @IsIn(['confirm', 'decline'])
  decision!: 'confirm' | 'decline';
}

/** GET /api/events/public?from&to&audience. */
export class PublicEventsQueryDto {
  @ApiPropertyOptional({ description: 'ISO date or instant; default now.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO date or instant (exclusive); default from + 92 days.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: EVENT_AUDIENCES })
  @IsOptional()
  @IsIn(EVENT_AUDIENCES)
  audience?: EventAudience;
}

/** Idempotency-Key header: 1–200 visible ASCII characters. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
