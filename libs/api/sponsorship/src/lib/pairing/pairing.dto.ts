import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMMITMENT_MONTHS,
  DECLINE_REASONS,
  END_REASONS,
  PAIRING_ACTIONS,
  type CommitmentMonths,
  type DeclineReason,
  type EndReason,
  type PairingAction,
  type PairingTransitionRequest,
} from '@zusammen/shared/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OVERRIDE_REASON_MAX_LENGTH } from './offer-rules';
import { INTRO_PLACE_MAX_LENGTH } from './pairing.entity';
import { TRANSITION_NOTE_MAX_LENGTH } from './pairing-transition.entity';

/** Optional texts: blank means "none" (left out). */
const trimToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || undefined : value;

/**
 * OfferPairingRequest (a union: a proposal, or a family and a volunteer). The shapes' exclusivity is checked
 * by `offerRequestProblems`, so the answer names the field.
 */
export class OfferPairingDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An open batch proposal.' })
  @IsOptional()
  @IsUUID()
  proposalId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Free choice: the family …' })
  @IsOptional()
  @IsUUID()
  familyId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '… and the volunteer.' })
  @IsOptional()
  @IsUUID()
  volunteerId?: string;

  @ApiProperty({ enum: COMMITMENT_MONTHS })
  @IsIn(COMMITMENT_MONTHS)
  commitmentMonths!: CommitmentMonths;

  @ApiPropertyOptional({
    maxLength: OVERRIDE_REASON_MAX_LENGTH,
    description: 'Required when the volunteer is not the suggestion for the family.',
  })
  @IsOptional()
  @Transform(trimToUndefined)
  @IsString()
  @MaxLength(OVERRIDE_REASON_MAX_LENGTH)
  overrideReason?: string;
}

/** Per-action requirements (and future dates) are checked by `transitionInputProblems`. */
export class PairingTransitionDto implements PairingTransitionRequest {
  @ApiProperty({ enum: PAIRING_ACTIONS })
  @IsIn(PAIRING_ACTIONS)
  action!: PairingAction;

  @ApiPropertyOptional({ enum: DECLINE_REASONS })
  @IsOptional()
  @IsIn(DECLINE_REASONS)
  declineReason?: DeclineReason;

  @ApiPropertyOptional({ format: 'date-time', description: 'schedule_intro: in the future.' })
  @IsOptional()
  @IsString()
  introAt?: string;

  @ApiPropertyOptional({ maxLength: INTRO_PLACE_MAX_LENGTH })
  @IsOptional()
  @Transform(trimToUndefined)
  @IsString()
  @MaxLength(INTRO_PLACE_MAX_LENGTH)
  introPlace?: string;

  @ApiPropertyOptional({ format: 'date', description: 'pause: in the future.' })
  @IsOptional()
  @IsString()
  resumeOn?: string;

  @ApiPropertyOptional({ enum: END_REASONS, description: 'safeguarding: staff only.' })
  @IsOptional()
  @IsIn(END_REASONS)
  endReason?: EndReason;

  @ApiPropertyOptional({ maxLength: TRANSITION_NOTE_MAX_LENGTH })
  @IsOptional()
  @Transform(trimToUndefined)
  @IsString()
  @MaxLength(TRANSITION_NOTE_MAX_LENGTH)
  note?: string;
}
