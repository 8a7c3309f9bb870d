import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Post,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '@zusammen/api/identity';
import type { InspectionTemplateView, InspectionView } from '@zusammen/shared/contracts';
import { BIKE_ID } from '../bikes/bikes.controller';
import { WorkshopCaller, type WorkshopActor } from '../bikes/workshop-actor';
import { InspectionDto } from './inspection.dto';
import { InspectionsService } from './inspections.service';

/** WORKSHOP_ROUTES.inspectionTemplate: the checklist (current or a given version). */
@ApiTags('workshop')
@Controller('workshop/inspection-template')
export class InspectionTemplateController {
  constructor(private readonly inspections: InspectionsService) {}

  @Get()
  @Roles('workshop', 'staff', 'admin')
  @ApiOkResponse({ description: 'InspectionTemplateView of the current version' })
  current(): Promise<InspectionTemplateView> {
    return this.inspections.template();
  }

  @Get(':version')
  @Roles('workshop', 'staff', 'admin')
  @ApiOkResponse({ description: 'InspectionTemplateView' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED: no such version' })
  version(
    @Param('version', new ParseIntPipe({ errorHttpStatusCode: HttpStatus.UNPROCESSABLE_ENTITY }))
    version: number,
  ): Promise<InspectionTemplateView> {
    return this.inspections.template(version);
  }
}

/** `/api/workshop/bikes/:id/inspections` (WORKSHOP_ROUTES.bikes). */
@ApiTags('workshop')
@Controller('workshop/bikes')
export class BikeInspectionsController {
  constructor(private readonly inspections: InspectionsService) {}

  @Get(':id/inspections')
  @Roles('workshop', 'staff', 'admin')
  @ApiOkResponse({ description: 'InspectionView[], latest first' })
  @ApiNotFoundResponse({ description: 'BIKE_NOT_FOUND' })
  list(@Param('id', BIKE_ID) id: string): Promise<InspectionView[]> {
    return this.inspections.list(id);
  }

  @Post(':id/inspections')
  @Roles('workshop')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({
    description: 'InspectionView; a pass makes the bike roadworthy (and available)',
  })
  @ApiNotFoundResponse({ description: 'BIKE_NOT_FOUND' })
  @ApiConflictResponse({
    description: 'BIKE_ACTION_NOT_ALLOWED: the bike is not waiting for inspection',
  })
  @ApiUnprocessableEntityResponse({ description: 'INSPECTION_INCOMPLETE, VALIDATION_FAILED' })
  record(
    @WorkshopCaller() actor: WorkshopActor,
    @Param('id', BIKE_ID) id: string,
    @Body() body: InspectionDto,
  ): Promise<InspectionView> {
    return this.inspections.record(actor, id, body);
  }
}
