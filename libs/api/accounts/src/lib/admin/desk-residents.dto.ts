import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PHONE_MAX_LENGTH, PHONE_PATTERN } from '@zusammen/api/identity';
import {
  SUPPORTED_LOCALES,
  type CreateDeskResidentRequest,
  type Locale,
  type UpdateDeskResidentRequest,
} from '@zusammen/shared/contracts';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { trim } from './admin-users.dto';

const PHONE_MESSAGE = 'phone may contain only digits, spaces and + ( ) - /';

/** Query of GET /api/desk/residents. */
export class DeskResidentQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name (case-insensitive).' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class CreateDeskResidentDto implements CreateDeskResidentRequest {
  @ApiProperty({ minLength: 1, maxLength: 100, example: 'Samira Nouri' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName!: string;

  /** Trimmed; empty means none. */
  @ApiPropertyOptional({ maxLength: PHONE_MAX_LENGTH, example: '+49 2861 12345' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(PHONE_MAX_LENGTH)
  @ValidateIf((_dto: unknown, value: unknown) => value !== '')
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone?: string;

  @ApiProperty({ enum: SUPPORTED_LOCALES })
  @IsIn(SUPPORTED_LOCALES)
  locale!: Locale;
}

/** Only the fields given change; `phone: ''` removes the number. */
export class UpdateDeskResidentDto implements UpdateDeskResidentRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional({ maxLength: PHONE_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(PHONE_MAX_LENGTH)
  @ValidateIf((_dto: unknown, value: unknown) => value !== '')
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone?: string;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}
