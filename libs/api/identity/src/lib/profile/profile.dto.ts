import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  SUPPORTED_LOCALES,
  type ChangePasswordRequest,
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

/** Bounded so nobody makes the server hash megabytes. */
const PASSWORD_INPUT_MAX_LENGTH = 1024;

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

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_INPUT_MAX_LENGTH)
  currentPassword!: string;

  /** Strength (length, common passwords, personal data) is checked by the service: 422 WEAK_PASSWORD. */
  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_INPUT_MAX_LENGTH)
  newPassword!: string;
}
