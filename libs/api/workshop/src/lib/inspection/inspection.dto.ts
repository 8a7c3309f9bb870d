import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { InspectionItemResult, InspectionRequest } from '@zusammen/shared/contracts';
import { Transform } from 'class-transformer';
import { IsInt, IsObject, IsOptional, IsString, MaxLength, Min } from 'class-validator';

export class InspectionDto implements InspectionRequest {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  templateVersion!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: ['pass', 'fail', 'na'] },
    description: 'Item key → pass | fail | na, for every item of the template version.',
  })
  @IsObject()
  items!: Record<string, InspectionItemResult>;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim() || null : value,
  )
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}
