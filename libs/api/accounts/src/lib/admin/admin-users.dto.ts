import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ROLES,
  SUPPORTED_LOCALES,
  USER_STATUSES,
  type CreateUserRequest,
  type Locale,
  type Role,
  type UpdateRolesRequest,
  type UserListQuery,
  type UserStatus,
} from '@zusammen/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { normaliseEmail } from '@zusammen/api/identity';

export const USER_PAGE_DEFAULT = 25;
export const USER_PAGE_MAX = 100;
/** Longest address accepted (RFC 5321 path limit). */
const EMAIL_MAX_LENGTH = 254;

export const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** Query of GET /api/admin/users. */
export class UserListQueryDto implements UserListQuery {
  @ApiPropertyOptional({ description: 'Part of a name or address (case-insensitive).' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(600)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: USER_PAGE_MAX, default: USER_PAGE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(USER_PAGE_MAX)
  limit?: number;
}

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'lena.vogel@borken.de' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? normaliseEmail(value) : value,
  )
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail()
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 100, example: 'Lena Vogel' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName!: string;

  @ApiProperty({ enum: ROLES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length * 2)
  @IsIn(ROLES, { each: true })
  roles!: Role[];

  @ApiProperty({ enum: SUPPORTED_LOCALES })
  @IsIn(SUPPORTED_LOCALES)
  locale!: Locale;
}

export class UpdateRolesDto implements UpdateRolesRequest {
  @ApiProperty({ enum: ROLES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length * 2)
  @IsIn(ROLES, { each: true })
  roles!: Role[];
}
