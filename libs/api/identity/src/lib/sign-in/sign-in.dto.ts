import { ApiProperty } from '@nestjs/swagger';
import type { SignInRequest } from '@zusammen/shared/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class SignInDto implements SignInRequest {
  /** Surrounding spaces (autofill, paste) are dropped; case is ignored by the service. */
  @ApiProperty({ example: 'amira.haddad@example.org' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(254)
  email!: string;

  /** Bounded so nobody makes the server hash megabytes. */
  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}
