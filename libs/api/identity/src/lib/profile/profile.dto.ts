import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  SUPPORTED_LOCALES,
  type Locale,
  type UpdateProfileRequest,
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
import { PHONE_MAX_LENGTH } from '../user-account.entity';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** Digits, spaces and `+ ( ) - /`, with at least one digit: "+49 2861 123-45", "(02861) 12 34". */
export const PHONE_PATTERN = /^(?=.*\d)[\d +()/-]+$/u;

export class UpdateProfileDto implements UpdateProfileRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 100, example: 'Amira Haddad' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName?: string;

  /** Trimmed; an empty string removes the number. */
  @ApiPropertyOptional({ maxLength: PHONE_MAX_LENGTH, example: '+49 2861 12345' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(PHONE_MAX_LENGTH)
  @ValidateIf((_dto: UpdateProfileDto, value: unknown) => value !== '')
  @Matches(PHONE_PATTERN, {
    message: 'phone may contain only digits, spaces and + ( ) - /',
  })
  phone?: string;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}
