import { ApiProperty } from '@nestjs/swagger';
import {
  CONTRACT_TYPES,
  type ContractType,
  type WorkshopSettingsRequest,
} from '@zusammen/shared/contracts';
import { IsIn, IsInt, Max, Min } from 'class-validator';

export class WorkshopSettingsDto implements WorkshopSettingsRequest {
  @ApiProperty({ minimum: 1, maximum: 365 })
  @IsInt()
  @Min(1)
  @Max(365)
  inspectionValidityDays!: number;

  @ApiProperty({ minimum: 1, maximum: 365 })
  @IsInt()
  @Min(1)
  @Max(365)
  loanDays!: number;

  @ApiProperty({ minimum: 0, maximum: 100_000 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  feeCents!: number;

  @ApiProperty({ minimum: 0, maximum: 100_000 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  depositCents!: number;

  @ApiProperty({ enum: CONTRACT_TYPES })
  @IsIn(CONTRACT_TYPES)
  contractType!: ContractType;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  rentalLimit!: number;

  @ApiProperty({ minimum: 1, maximum: 336 })
  @IsInt()
  @Min(1)
  @Max(336)
  reservationHours!: number;
}
