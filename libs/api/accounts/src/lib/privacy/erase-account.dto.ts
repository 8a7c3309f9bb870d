import { ApiProperty } from '@nestjs/swagger';
import type { EraseAccountRequest } from '@zusammen/shared/contracts';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** Bounded so nobody makes the server hash megabytes (as the profile's password fields). */
const PASSWORD_INPUT_MAX_LENGTH = 1024;

export class EraseAccountDto implements EraseAccountRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_INPUT_MAX_LENGTH)
  password!: string;
}
