import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Roles } from '@zusammen/api/identity';
import {
  WorkshopErrorCode,
  type SparePartView,
  type StockMovementView,
} from '@zusammen/shared/contracts';
import { WorkshopCaller, type WorkshopActor } from '../bikes/workshop-actor';
import { WorkshopException } from '../bikes/workshop.exception';
import { SparePartDto, SparePartUpdateDto, StockMovementDto } from './part.dto';
import { PartsService } from './parts.service';

const PART_ID = new UuidOr404Pipe(() => new WorkshopException(WorkshopErrorCode.PartNotFound));

/** WORKSHOP_ROUTES.parts: the catalogue and the stock. */
@ApiTags('workshop')
@Controller('workshop/parts')
export class PartsController {
  constructor(private readonly parts: PartsService) {}

  @Get()
  @Roles('workshop', 'staff', 'admin')
  @ApiOkResponse({ description: 'SparePartView[]' })
  list(): Promise<SparePartView[]> {
    return this.parts.list();
  }

  @Post()
  @Roles('workshop')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'SparePartView (stock 0)' })
  @ApiConflictResponse({ description: 'CONFLICT: SKU in use' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED' })
  create(
    @WorkshopCaller() actor: WorkshopActor,
    @Body() body: SparePartDto,
  ): Promise<SparePartView> {
    return this.parts.create(actor, body);
  }

  @Patch(':id')
  @Roles('workshop')
  @ApiOkResponse({ description: 'SparePartView' })
  @ApiNotFoundResponse({ description: 'PART_NOT_FOUND' })
  @ApiConflictResponse({ description: 'CONFLICT: SKU in use' })
  update(
    @WorkshopCaller() actor: WorkshopActor,
    @Param('id', PART_ID) id: string,
    @Body() body: SparePartUpdateDto,
  ): Promise<SparePartView> {
    return this.parts.update(actor, id, body);
  }

  @Get(':id/movements')
  @Roles('workshop', 'staff', 'admin')
  @ApiOkResponse({ description: 'StockMovementView[], latest first' })
  @ApiNotFoundResponse({ description: 'PART_NOT_FOUND' })
  movements(@Param('id', PART_ID) id: string): Promise<StockMovementView[]> {
    return this.parts.movements(id);
  }

  @Post(':id/movements')
  @Roles('workshop')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'SparePartView after the movement' })
  @ApiNotFoundResponse({ description: 'PART_NOT_FOUND' })
  @ApiConflictResponse({ description: 'STOCK_WOULD_BE_NEGATIVE' })
  @ApiUnprocessableEntityResponse({
    description: 'VALIDATION_FAILED (receipt ≤ 0, correction without note)',
  })
  move(
    @WorkshopCaller() actor: WorkshopActor,
    @Param('id', PART_ID) id: string,
    @Body() body: StockMovementDto,
  ): Promise<SparePartView> {
    return this.parts.move(actor, id, body);
  }
}
