import { ApiPropertyOptional } from '@nestjs/swagger';
import type { SponsorshipReportRequest } from '@zusammen/shared/contracts';
import { IsOptional, IsString } from 'class-validator';

/** The dates themselves are checked by `resolveReportPeriod`, so both fields' problems come back together. */
export class SponsorshipReportQueryDto implements SponsorshipReportRequest {
  @ApiPropertyOptional({
    format: 'date',
    description: 'Inclusive; default the same date a year before `to`.',
  })
  @IsOptional()
  @IsString()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Inclusive; default today (Borken).' })
  @IsOptional()
  @IsString()
  to?: string;
}
