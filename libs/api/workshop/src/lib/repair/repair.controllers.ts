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
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { DomainException, UuidOr404Pipe } from '@zusammen/api/core';
import { Roles } from '@zusammen/api/identity';
import {
  CommonErrorCode,
  WorkshopErrorCode,
  type TimeEntryView,
  type WorkOrderDetail,
  type WorkOrderSummary,
  type WorkshopWorkerView,
} from '@zusammen/shared/contracts';
import { WorkshopCaller, type WorkshopActor } from '../bikes/workshop-actor';
import { WorkshopException } from '../bikes/workshop.exception';
import {
  PartUseDto,
  TimeEntryDto,
  TimeEntryListQueryDto,
  WorkOrderCreateDto,
  WorkOrderListQueryDto,
  WorkOrderUpdateDto,
  WorkshopWorkerDto,
  WorkshopWorkerUpdateDto,
} from './repair.dto';
import { TimeEntriesService } from './time-entries.service';
import { WorkersService } from './workers.service';
import { WorkOrdersService } from './work-orders.service';

const WORK_ORDER_ID = new UuidOr404Pipe(
  () => new WorkshopException(WorkshopErrorCode.WorkOrderNotFound),
);
const WORKER_ID = new UuidOr404Pipe(() => new WorkshopException(WorkshopErrorCode.WorkerNotFound));
const TIME_ENTRY_ID = new UuidOr404Pipe(
  () =>
    new DomainException(CommonErrorCode.NotFound, 'Time entry not found.', HttpStatus.NOT_FOUND),
);

/** WORKSHOP_ROUTES.workOrders */
@ApiTags('workshop')
@Controller('workshop/work-orders')
export class WorkOrdersController {
  constructor(
    private readonly orders: WorkOrdersService,
    private readonly time: TimeEntriesService,
  ) {}

  @Get()
  @Roles('workshop', 'staff', 'admin')
  @ApiOkResponse({ description: 'WorkOrderSummary[], newest first' })
  list(@Query() query: WorkOrderListQueryDto): Promise<WorkOrderSummary[]> {
    return this.orders.list(query);
  }

  @Post()
  @Roles('workshop')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'WorkOrderDetail (queued)' })
  @ApiNotFoundResponse({ description: 'BIKE_NOT_FOUND, WORKER_NOT_FOUND' })
  @ApiConflictResponse({ description: 'BIKE_ACTION_NOT_ALLOWED (retired or stolen bike)' })
  create(
    @WorkshopCaller() actor: WorkshopActor,
    @Body() body: WorkOrderCreateDto,
  ): Promise<WorkOrderDetail> {
    return this.orders.create(actor, body);
  }

  @Get(':id')
  @Roles('workshop', 'staff', 'admin')
  @ApiOkResponse({ description: 'WorkOrderDetail' })
  @ApiNotFoundResponse({ description: 'WORK_ORDER_NOT_FOUND' })
  get(@Param('id', WORK_ORDER_ID) id: string): Promise<WorkOrderDetail> {
    return this.orders.get(id);
  }

  @Patch(':id')
  @Roles('workshop')
  @ApiOkResponse({ description: 'WorkOrderDetail' })
  @ApiNotFoundResponse({ description: 'WORK_ORDER_NOT_FOUND, WORKER_NOT_FOUND' })
  @ApiConflictResponse({ description: 'STALE_VERSION, WORK_ORDER_NOT_CHANGEABLE' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (delayReason)' })
  update(
    @WorkshopCaller() actor: WorkshopActor,
    @Param('id', WORK_ORDER_ID) id: string,
    @Body() body: WorkOrderUpdateDto,
  ): Promise<WorkOrderDetail> {
    return this.orders.update(actor, id, body);
  }

  @Post(':id/parts')
  @Roles('workshop')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'WorkOrderDetail with the part line' })
  @ApiNotFoundResponse({ description: 'WORK_ORDER_NOT_FOUND, PART_NOT_FOUND' })
  @ApiConflictResponse({
    description: 'OUT_OF_STOCK (details: onHand, requested), WORK_ORDER_NOT_CHANGEABLE',
  })
  useParts(
    @WorkshopCaller() actor: WorkshopActor,
    @Param('id', WORK_ORDER_ID) id: string,
    @Body() body: PartUseDto,
  ): Promise<WorkOrderDetail> {
    return this.orders.useParts(actor, id, body);
  }

  @Post(':id/time')
  @Roles('workshop')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'WorkOrderDetail with the time entry' })
  @ApiNotFoundResponse({ description: 'WORK_ORDER_NOT_FOUND, WORKER_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'SAFETY_INSTRUCTION_MISSING, VALIDATION_FAILED' })
  addTime(
    @WorkshopCaller() actor: WorkshopActor,
    @Param('id', WORK_ORDER_ID) id: string,
    @Body() body: TimeEntryDto,
  ): Promise<WorkOrderDetail> {
    return this.time.record(actor, id, body);
  }
}

/** WORKSHOP_ROUTES.workers */
@ApiTags('workshop')
@Controller('workshop/workers')
export class WorkersController {
  constructor(private readonly workers: WorkersService) {}

  @Get()
  @Roles('workshop', 'staff', 'admin')
  @ApiOkResponse({ description: 'WorkshopWorkerView[], active first' })
  list(): Promise<WorkshopWorkerView[]> {
    return this.workers.list();
  }

  @Post()
  @Roles('workshop')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'WorkshopWorkerView' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED' })
  create(
    @WorkshopCaller() actor: WorkshopActor,
    @Body() body: WorkshopWorkerDto,
  ): Promise<WorkshopWorkerView> {
    return this.workers.create(actor, body);
  }

  @Patch(':id')
  @Roles('workshop')
  @ApiOkResponse({ description: 'WorkshopWorkerView' })
  @ApiNotFoundResponse({ description: 'WORKER_NOT_FOUND' })
  update(
    @WorkshopCaller() actor: WorkshopActor,
    @Param('id', WORKER_ID) id: string,
    @Body() body: WorkshopWorkerUpdateDto,
  ): Promise<WorkshopWorkerView> {
    return this.workers.update(actor, id, body);
  }
}

/** WORKSHOP_ROUTES.timeEntries: hours per month and worker; approval by the lead or the coordinator. */
@ApiTags('workshop')
@Controller('workshop/time-entries')
export class TimeEntriesController {
  constructor(private readonly time: TimeEntriesService) {}

  @Get()
  @Roles('workshop', 'staff', 'admin')
  @ApiOkResponse({ description: 'TimeEntryView[] (default: the last three months)' })
  list(@Query() query: TimeEntryListQueryDto): Promise<TimeEntryView[]> {
    return this.time.list(query);
  }

  @Post(':id/approve')
  @Roles('workshop', 'staff', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'TimeEntryView (approved)' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  approve(
    @WorkshopCaller() actor: WorkshopActor,
    @Param('id', TIME_ENTRY_ID) id: string,
  ): Promise<TimeEntryView> {
    return this.time.approve(actor, id);
  }
}
