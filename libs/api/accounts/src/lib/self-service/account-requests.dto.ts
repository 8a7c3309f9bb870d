import { ApiProperty } from '@nestjs/swagger';
import {
  SELF_SIGN_UP_ROLES,
  SUPPORTED_LOCALES,
  type ChangePasswordRequest,
  type ConfirmPasswordResetRequest,
  type EmailRequest,
  type Locale,
  type SelfSignUpRole,
  type SignUpRequest,
  type TokenRequest,
} from '@zusammen/shared/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  Equals,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';

/** Surrounding spaces (autofill, paste) are dropped; case is ignored by the services. */
const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** Bounded so nobody makes the server hash megabytes; the strength is checked by the services. */
export const PASSWORD_INPUT_MAX_LENGTH = 1024;
/** Link secrets are 43 characters (base64url of an HMAC-SHA256); anything far longer is not one. */
const TOKEN_MAX_LENGTH = 256;

export class EmailDto implements EmailRequest {
  @ApiProperty({ example: 'amira.haddad@example.org' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

/** Strength (length, common passwords, personal data) is checked by the service: 422 WEAK_PASSWORD. */
export class SignUpDto extends EmailDto implements SignUpRequest {
  @ApiProperty({ minLength: 1, maxLength: 100, example: 'Amira Haddad' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_INPUT_MAX_LENGTH)
  password!: string;

  @ApiProperty({ enum: SUPPORTED_LOCALES })
  @IsIn(SUPPORTED_LOCALES)
  locale!: Locale;

  @ApiProperty({ enum: SELF_SIGN_UP_ROLES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(SELF_SIGN_UP_ROLES.length)
  @ArrayUnique()
  @IsIn(SELF_SIGN_UP_ROLES, { each: true })
  roles!: SelfSignUpRole[];

  @ApiProperty({ enum: [true] })
  @IsBoolean()
  @Equals(true, { message: 'acceptPrivacyNotice must be true' })
  acceptPrivacyNotice!: boolean;
}

export class TokenDto implements TokenRequest {
  @ApiProperty({ description: 'The secret after `#token=` in the link of the mail.' })
  @IsString()
  @MinLength(1)
  @MaxLength(TOKEN_MAX_LENGTH)
  token!: string;
}

export class ConfirmPasswordResetDto extends TokenDto implements ConfirmPasswordResetRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_INPUT_MAX_LENGTH)
  newPassword!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_INPUT_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_INPUT_MAX_LENGTH)
  newPassword!: string;
}
