import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import type { SparePartRequest, StockMovementRequest } from '@zusammen/shared/contracts';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class SparePartDto implements SparePartRequest {
  @ApiProperty({ example: 'SCHL-28-1.75', maxLength: 40 })
  @Transform(trim)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/, {
    message: 'sku: letters, digits and . _ / - (up to 40)',
  })
  sku!: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'piece', maxLength: 20 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  unit!: string;

  @ApiProperty({ minimum: 0, maximum: 100000 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  reorderLevel!: number;

  @ApiProperty({ minimum: 0, maximum: 10000000 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  unitCostCents!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class SparePartUpdateDto extends PartialType(SparePartDto) {}

export class StockMovementDto implements StockMovementRequest {
  @ApiProperty({ enum: ['receipt', 'correction'] })
  @IsIn(['receipt', 'correction'])
  kind!: 'receipt' | 'correction';

  @ApiProperty({ description: 'receipt > 0; correction ≠ 0 (negative takes away)' })
  @IsInt()
  @Min(-100_000)
  @Max(100_000)
  quantity!: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim() || null : value,
  )
  @IsString()
  @MaxLength(500)
  note?: string | null;
}
