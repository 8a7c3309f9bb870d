import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BIKE_WAITLIST_STATUSES,
  CYCLE_TYPES,
  type BikeWaitlistRequest,
  type BikeWaitlistStatus,
  type CycleType,
} from '@zusammen/shared/contracts';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class WaitlistDto implements BikeWaitlistRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  borrowerId!: string;

  @ApiProperty({ enum: CYCLE_TYPES })
  @IsIn(CYCLE_TYPES)
  cycleType!: CycleType;

  @ApiPropertyOptional({ nullable: true, minimum: 20, maximum: 75 })
  @IsOptional()
  @IsInt()
  @Min(20)
  @Max(75)
  frameSizeMinCm?: number | null;

  @ApiPropertyOptional({ nullable: true, minimum: 20, maximum: 75 })
  @IsOptional()
  @IsInt()
  @Min(20)
  @Max(75)
  frameSizeMaxCm?: number | null;

  @ApiPropertyOptional({ nullable: true, minimum: 10, maximum: 29 })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(29)
  wheelInches?: number | null;
}

export class WaitlistQueryDto {
  @ApiPropertyOptional({
    enum: BIKE_WAITLIST_STATUSES,
    description: 'Default: waiting and offered',
  })
  @IsOptional()
  @IsIn(BIKE_WAITLIST_STATUSES)
  status?: BikeWaitlistStatus;
}
