import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** The months themselves are checked by `resolveReportMonths`, so both fields' problems come back together. */
export class WorkshopReportQueryDto {
  @ApiPropertyOptional({
    example: '2026-01',
    description: 'First month (YYYY-MM); default 11 months before `to`.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(7)
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12',
    description: 'Last month (YYYY-MM, inclusive); default this month.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(7)
  to?: string;
}

export class HoursExportQueryDto {
  @ApiPropertyOptional({ example: '2026-11', description: 'Month (YYYY-MM); default this month.' })
  @IsOptional()
  @IsString()
  @MaxLength(7)
  month?: string;
}
