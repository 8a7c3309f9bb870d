import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  NotificationPreferencesResponse,
  OptionalNotificationCategory,
  UpdateNotificationPreferencesRequest,
} from '@zusammen/shared/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsObject, ValidateIf, ValidateNested } from 'class-validator';

/** A switch that may be left out; when present it must be a real boolean (not null, not "true"). */
const present = (_dto: object, value: unknown): boolean => value !== undefined;

/** One optional category per property; unknown keys are rejected by the global pipe (forbidNonWhitelisted). */
export class EmailPreferencesUpdateDto implements Partial<
  Record<OptionalNotificationCategory, boolean>
> {
  @ApiPropertyOptional({ description: 'Sponsorship (pairing) mails' })
  @ValidateIf(present)
  @IsBoolean()
  sponsorship?: boolean;

  @ApiPropertyOptional({ description: 'Event mails' })
  @ValidateIf(present)
  @IsBoolean()
  events?: boolean;

  @ApiPropertyOptional({ description: 'Bike workshop mails' })
  @ValidateIf(present)
  @IsBoolean()
  bikes?: boolean;
}

/** Fails to compile when OPTIONAL_NOTIFICATION_CATEGORIES gains a category this DTO has no property for. */
const EVERY_CATEGORY_HAS_A_SWITCH: Exclude<
  OptionalNotificationCategory,
  keyof EmailPreferencesUpdateDto
> extends never
  ? true
  : never = true;
void EVERY_CATEGORY_HAS_A_SWITCH;

export class UpdateNotificationPreferencesDto implements UpdateNotificationPreferencesRequest {
  @ApiProperty({ type: EmailPreferencesUpdateDto, description: 'Only the switches to change.' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => EmailPreferencesUpdateDto)
  email!: EmailPreferencesUpdateDto;
}

/** OpenAPI shapes of the answer (the contracts are the source of truth). */
export class EmailPreferencesDto implements Record<OptionalNotificationCategory, boolean> {
  @ApiProperty() sponsorship!: boolean;
  @ApiProperty() events!: boolean;
  @ApiProperty() bikes!: boolean;
}

export class NotificationPreferencesResponseDto implements NotificationPreferencesResponse {
  @ApiProperty({
    type: EmailPreferencesDto,
    description: 'true: this category also comes by email.',
  })
  email!: EmailPreferencesDto;

  @ApiProperty({ description: 'false: no email address, everything is in the app only.' })
  hasEmail!: boolean;
}
