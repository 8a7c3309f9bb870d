import { ApiPropertyOptional } from '@nestjs/swagger';
import { PAIRING_STATES, type PairingState } from '@zusammen/shared/contracts';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const PAIRING_PAGE_DEFAULT = 50;
export const PAIRING_PAGE_MAX = 100;
export const PAIRING_SEARCH_MAX_LENGTH = 100;

const trimToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || undefined : value;

/** Query of GET /api/sponsorship/pairings. */
export class PairingListQueryDto {
  @ApiPropertyOptional({
    enum: PAIRING_STATES,
    description: 'Only this state; without it, every open state (offered … paused).',
  })
  @IsOptional()
  @IsIn(PAIRING_STATES)
  state?: PairingState;

  @ApiPropertyOptional({
    enum: ['1', '0'],
    description: '`1`: only pairings that need attention (any reason).',
  })
  @IsOptional()
  @IsIn(['1', '0'], { message: 'attention must be 1 or 0' })
  attention?: '1' | '0';

  @ApiPropertyOptional({
    maxLength: PAIRING_SEARCH_MAX_LENGTH,
    description:
      'Part of the family’s contact name or the volunteer’s name (case-insensitive, literal).',
  })
  @IsOptional()
  @Transform(trimToUndefined)
  @IsString()
  @MaxLength(PAIRING_SEARCH_MAX_LENGTH)
  q?: string;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(600)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: PAIRING_PAGE_MAX, default: PAIRING_PAGE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAIRING_PAGE_MAX)
  limit?: number;
}
