import { ApiProperty } from '@nestjs/swagger';
import type { MatchWeights, SponsorshipSettingsRequest } from '@zusammen/shared/contracts';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsNumber, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { SETTINGS_LIMITS } from './sponsorship-settings.entity';

const { weight, noContactDays, trialMeetingsRequired, minScore } = SETTINGS_LIMITS;
const FINITE = { allowNaN: false, allowInfinity: false } as const;

/** Relative weights (0–100 each, Σ > 0, checked by `weightsProblems`); normalised to Σ = 1 before use. */
export class MatchWeightsDto implements MatchWeights {
  @ApiProperty({ minimum: weight.min, maximum: weight.max })
  @IsNumber(FINITE)
  @Min(weight.min)
  @Max(weight.max)
  language!: number;

  @ApiProperty({ minimum: weight.min, maximum: weight.max })
  @IsNumber(FINITE)
  @Min(weight.min)
  @Max(weight.max)
  proximity!: number;

  @ApiProperty({ minimum: weight.min, maximum: weight.max })
  @IsNumber(FINITE)
  @Min(weight.min)
  @Max(weight.max)
  availability!: number;

  @ApiProperty({ minimum: weight.min, maximum: weight.max })
  @IsNumber(FINITE)
  @Min(weight.min)
  @Max(weight.max)
  lifeStage!: number;

  @ApiProperty({ minimum: weight.min, maximum: weight.max })
  @IsNumber(FINITE)
  @Min(weight.min)
  @Max(weight.max)
  needsFit!: number;

  @ApiProperty({ minimum: weight.min, maximum: weight.max })
  @IsNumber(FINITE)
  @Min(weight.min)
  @Max(weight.max)
  waitingBonus!: number;

  @ApiProperty({ minimum: weight.min, maximum: weight.max })
  @IsNumber(FINITE)
  @Min(weight.min)
  @Max(weight.max)
  urgency!: number;
}

export class SponsorshipSettingsDto implements SponsorshipSettingsRequest {
  @ApiProperty({ type: MatchWeightsDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => MatchWeightsDto)
  weights!: MatchWeightsDto;

  @ApiProperty({ minimum: noContactDays.min, maximum: noContactDays.max })
  @IsInt()
  @Min(noContactDays.min)
  @Max(noContactDays.max)
  noContactDays!: number;

  @ApiProperty({ minimum: trialMeetingsRequired.min, maximum: trialMeetingsRequired.max })
  @IsInt()
  @Min(trialMeetingsRequired.min)
  @Max(trialMeetingsRequired.max)
  trialMeetingsRequired!: number;

  @ApiProperty({ minimum: minScore.min, maximum: minScore.max })
  @IsNumber(FINITE)
  @Min(minScore.min)
  @Max(minScore.max)
  minScore!: number;
}
