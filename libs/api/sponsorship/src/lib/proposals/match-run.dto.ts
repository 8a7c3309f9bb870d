import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RejectProposalRequest, StartMatchRunRequest } from '@zusammen/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MatchWeightsDto } from '../settings/sponsorship-settings.dto';
import { PROPOSAL_REASON_MAX_LENGTH } from './match-proposal.entity';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class StartMatchRunDto implements StartMatchRunRequest {
  @ApiPropertyOptional({
    type: MatchWeightsDto,
    description: 'Try other weights without saving them; the current settings otherwise.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MatchWeightsDto)
  weights?: MatchWeightsDto;
}

export class RejectProposalDto implements RejectProposalRequest {
  @ApiProperty({ minLength: 1, maxLength: PROPOSAL_REASON_MAX_LENGTH })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(PROPOSAL_REASON_MAX_LENGTH)
  reason!: string;
}
