import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Roles } from '@zusammen/api/identity';
import {
  WorkshopErrorCode,
  type BikeDetail,
  type BikeSummary,
  type Page,
  type WorkshopPhotoView,
} from '@zusammen/shared/contracts';
import { BikePhotosService } from './bike-photos.service';
import { BikeTransitionService } from './bike-transition.service';
import { BikeListQueryDto, BikeTransitionDto, PhotoUploadDto } from './bike-action.dto';
import { BikeIntakeDto, BikeUpdateDto } from './bike.dto';
import { BikesService } from './bikes.service';
import { WorkshopCaller, type WorkshopActor } from './workshop-actor';
import { WorkshopException } from './workshop.exception';

/** The part of Fastify's reply the label sets (fastify itself is not a direct dependency). */
export interface HeaderReply {
  header(name: string, value: string): unknown;
}

export const BIKE_ID = new UuidOr404Pipe(
  () => new WorkshopException(WorkshopErrorCode.BikeNotFound),
);

/** WORKSHOP_ROUTES.bikes: the workshop team works on bikes; staff and admin may read. */
@ApiTags('workshop')
@Controller('workshop/bikes')
export class BikesController {
  constructor(
    private readonly bikes: BikesService,
    private readonly transitions: BikeTransitionService,
    private readonly photos: BikePhotosService,
  ) {}

  @Get()
  @Roles('workshop', 'staff', 'admin')
  @ApiOkResponse({ description: 'Page<BikeSummary>, newest inventory number first.' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (filters, cursor)' })
  list(@Query() query: BikeListQueryDto): Promise<Page<BikeSummary>> {
    return this.bikes.list(query);
  }

  @Post()
  @Roles('workshop')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'BikeDetail with its new inventory number.' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED' })
  intake(@WorkshopCaller() actor: WorkshopActor, @Body() body: BikeIntakeDto): Promise<BikeDetail> {
    return this.bikes.intake(actor, body);
  }

  @Get('by-number/:no')
  @Roles('workshop', 'staff', 'admin')
  @ApiOkResponse({ description: 'BikeDetail of FR-0042, 42 or a label URL.' })
  @ApiNotFoundResponse({ description: 'BIKE_NOT_FOUND' })
  byNumber(@WorkshopCaller() actor: WorkshopActor, @Param('no') no: string): Promise<BikeDetail> {
    return this.bikes.byNumber(actor, no);
  }

  @Get(':id')
  @Roles('workshop', 'staff', 'admin')
  @ApiOkResponse({ description: 'BikeDetail' })
  @ApiNotFoundResponse({ description: 'BIKE_NOT_FOUND' })
  get(
    @WorkshopCaller() actor: WorkshopActor,
    @Param('id', BIKE_ID) id: string,
  ): Promise<BikeDetail> {
    return this.bikes.get(actor, id);
  }

  @Patch(':id')
  @Roles('workshop')
  @ApiOkResponse({ description: 'BikeDetail' })
  @ApiNotFoundResponse({ description: 'BIKE_NOT_FOUND' })
  @ApiConflictResponse({
    description: 'STALE_VERSION, BIKE_ACTION_NOT_ALLOWED (motor vehicle lendable)',
  })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED' })
  update(
    @WorkshopCaller() actor: WorkshopActor,
    @Param('id', BIKE_ID) id: string,
    @Body() body: BikeUpdateDto,
  ): Promise<BikeDetail> {
    return this.bikes.update(actor, id, body);
  }

  @Post(':id/transition')
  @Roles('workshop')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'BikeDetail in its new state.' })
  @ApiNotFoundResponse({ description: 'BIKE_NOT_FOUND' })
  @ApiConflictResponse({
    description: 'STALE_VERSION, BIKE_ACTION_NOT_ALLOWED, INSPECTION_EXPIRED',
  })
  @ApiUnprocessableEntityResponse({ description: 'HOLDING_PERIOD_RUNNING, VALIDATION_FAILED' })
  transition(
    @WorkshopCaller() actor: WorkshopActor,
    @Param('id', BIKE_ID) id: string,
    @Body() body: BikeTransitionDto,
  ): Promise<BikeDetail> {
    return this.transitions.transition(actor, id, body);
  }

  @Get(':id/label.svg')
  @Roles('workshop', 'staff', 'admin')
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'The printable QR label.' })
  @ApiNotFoundResponse({ description: 'BIKE_NOT_FOUND' })
  async label(
    @Param('id', BIKE_ID) id: string,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<string> {
    const svg = await this.bikes.label(id);
    reply.header('content-type', 'image/svg+xml; charset=utf-8');
    reply.header('cache-control', 'private, no-cache');
    return svg;
  }

  @Post(':id/photos')
  @Roles('workshop')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'WorkshopPhotoView' })
  @ApiNotFoundResponse({ description: 'BIKE_NOT_FOUND, RENTAL_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'PHOTO_INVALID, VALIDATION_FAILED' })
  addPhoto(
    @WorkshopCaller() actor: WorkshopActor,
    @Param('id', BIKE_ID) id: string,
    @Body() body: PhotoUploadDto,
  ): Promise<WorkshopPhotoView> {
    return this.photos.add(actor, id, body);
  }
}
