import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHECK_IN_KINDS,
  NOTE_VISIBILITIES,
  SUPPORT_AREAS,
  type CheckInKind,
  type CheckInRequest,
  type NoteVisibility,
  type SupportArea,
} from '@zusammen/shared/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { isCalendarDate } from '../volunteer/calendar-dates';
import { CHECK_IN_LIMITS, STAFF_ENTERED_BY, type StaffEnteredBy } from './check-in-rules';

/** Optional texts: blank means "none" (left out, stored as null). */
const trimToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || undefined : value;

@ValidatorConstraint({ name: 'isCalendarDate' })
class IsCalendarDateConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isCalendarDate(value);
  }
  defaultMessage(): string {
    return '$property must be a date written YYYY-MM-DD';
  }
}

/**
 * POST /api/sponsorship/me/pairings/:id/check-ins. A volunteer's contact is always entered by the volunteer and
 * its note always shared: the two staff fields are not part of this body, so sending them is a 422.
 * Not in the future and not before the trial started: checked by the service against Borken's date.
 */
export class VolunteerCheckInDto implements CheckInRequest {
  @ApiProperty({ format: 'date', example: '2026-11-24' })
  @Validate(IsCalendarDateConstraint)
  occurredOn!: string;

  @ApiProperty({ enum: CHECK_IN_KINDS })
  @IsIn(CHECK_IN_KINDS)
  kind!: CheckInKind;

  @ApiProperty({
    minimum: CHECK_IN_LIMITS.durationMinutes.min,
    maximum: CHECK_IN_LIMITS.durationMinutes.max,
  })
  @IsInt()
  @Min(CHECK_IN_LIMITS.durationMinutes.min)
  @Max(CHECK_IN_LIMITS.durationMinutes.max)
  durationMinutes!: number;

  @ApiProperty({ enum: SUPPORT_AREAS, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1, { message: 'topics must name at least one topic' })
  @ArrayUnique()
  @IsIn(SUPPORT_AREAS, { each: true })
  topics!: SupportArea[];

  @ApiPropertyOptional({ minimum: CHECK_IN_LIMITS.pulse.min, maximum: CHECK_IN_LIMITS.pulse.max })
  @IsOptional()
  @IsInt()
  @Min(CHECK_IN_LIMITS.pulse.min)
  @Max(CHECK_IN_LIMITS.pulse.max)
  pulse?: number;

  @ApiPropertyOptional({ maxLength: CHECK_IN_LIMITS.noteMaxLength })
  @IsOptional()
  @Transform(trimToUndefined)
  @IsString()
  @MaxLength(CHECK_IN_LIMITS.noteMaxLength)
  note?: string;
}

/** POST /api/sponsorship/pairings/:id/check-ins: staff may enter for the family and keep the note to staff. */
export class StaffCheckInDto extends VolunteerCheckInDto {
  @ApiPropertyOptional({
    enum: STAFF_ENTERED_BY,
    default: 'staff',
    description: '`proxy` when entering for the family (e.g. with an interpreter).',
  })
  @IsOptional()
  @IsIn(STAFF_ENTERED_BY)
  enteredBy?: StaffEnteredBy;

  @ApiPropertyOptional({
    enum: NOTE_VISIBILITIES,
    default: 'shared',
    description: '`staff_only` hides the note from the volunteer.',
  })
  @IsOptional()
  @IsIn(NOTE_VISIBILITIES)
  noteVisibility?: NoteVisibility;
}
