import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** The months themselves are checked by `resolveMonths`, so both fields' problems come back together. */
export class UtilisationQueryDto {
  @ApiPropertyOptional({
    example: '2027-01',
    description: 'First month (YYYY-MM); default 11 months before `to`.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(7)
  from?: string;

  @ApiPropertyOptional({
    example: '2027-12',
    description: 'Last month (YYYY-MM, inclusive); default this month.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(7)
  to?: string;
}
