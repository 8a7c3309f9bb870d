import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  WORK_ORDER_STATUSES,
  WORK_PROGRAMMES,
  type PartUseRequest,
  type TimeEntryRequest,
  type WorkOrderCreateRequest,
  type WorkOrderStatus,
  type WorkOrderUpdateRequest,
  type WorkProgramme,
  type WorkshopWorkerRequest,
} from '@zusammen/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LOCAL_DATE } from '../bikes/bike.dto';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
const trimToNull = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || null : value;
const DATE_MESSAGE = { message: '$property must be a date (YYYY-MM-DD)' };

export class WorkOrderTaskDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty()
  @IsBoolean()
  done!: boolean;
}

export class WorkOrderCreateDto implements WorkOrderCreateRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  bikeId!: string;

  @ApiProperty({ minLength: 1, maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  problem!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(2000)
  evaluation?: string | null;

  @ApiProperty({ type: String, isArray: true, maxItems: 50 })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  tasks!: string[];

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;
}

export class WorkOrderUpdateDto implements WorkOrderUpdateRequest {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ enum: WORK_ORDER_STATUSES })
  @IsOptional()
  @IsIn(WORK_ORDER_STATUSES)
  status?: WorkOrderStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(2000)
  evaluation?: string | null;

  @ApiPropertyOptional({ type: WorkOrderTaskDto, isArray: true, maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WorkOrderTaskDto)
  tasks?: WorkOrderTaskDto[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(500)
  delayReason?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;
}

export class WorkOrderListQueryDto {
  @ApiPropertyOptional({ enum: WORK_ORDER_STATUSES })
  @IsOptional()
  @IsIn(WORK_ORDER_STATUSES)
  status?: WorkOrderStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  bikeId?: string;
}

export class PartUseDto implements PartUseRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  partId!: string;

  @ApiProperty({ minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  quantity!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  cannibalised?: boolean;
}

export class TimeEntryDto implements TimeEntryRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  workerId!: string;

  @ApiProperty({ format: 'date' })
  @Matches(LOCAL_DATE, DATE_MESSAGE)
  workedOn!: string;

  @ApiProperty({ minimum: 1, maximum: 720 })
  @IsInt()
  @Min(1)
  @Max(720)
  minutes!: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

export class TimeEntryListQueryDto {
  @ApiPropertyOptional({ example: '2026-11' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  workerId?: string;
}

export class WorkshopWorkerDto implements WorkshopWorkerRequest {
  @ApiProperty({ minLength: 1, maxLength: 120 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName!: string;

  @ApiProperty({ enum: WORK_PROGRAMMES })
  @IsIn(WORK_PROGRAMMES)
  programme!: WorkProgramme;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date' })
  @IsOptional()
  @Matches(LOCAL_DATE, DATE_MESSAGE)
  safetyInstructionOn?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  mayInspect?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class WorkshopWorkerUpdateDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName?: string;

  @ApiPropertyOptional({ enum: WORK_PROGRAMMES })
  @IsOptional()
  @IsIn(WORK_PROGRAMMES)
  programme?: WorkProgramme;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date' })
  @IsOptional()
  @Matches(LOCAL_DATE, DATE_MESSAGE)
  safetyInstructionOn?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  mayInspect?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
