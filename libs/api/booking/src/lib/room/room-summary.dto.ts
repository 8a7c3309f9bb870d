import { ApiProperty } from '@nestjs/swagger';
import {
  ROOM_ACCESSIBILITY,
  type RoomAccessibility,
  type RoomSummary,
} from '@zusammen/shared/contracts';

/** OpenAPI description of `RoomSummary` (the contract stays the source of truth). */
export class RoomSummaryDto implements RoomSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'grosser-saal' }) slug!: string;
  @ApiProperty({ example: 'Großer Saal' }) name!: string;
  @ApiProperty({ minimum: 1, example: 60 }) capacity!: number;
  @ApiProperty({ enum: ROOM_ACCESSIBILITY, isArray: true }) accessibility!: RoomAccessibility[];
  @ApiProperty({ type: String, isArray: true, example: ['beamer'] }) features!: string[];
}
