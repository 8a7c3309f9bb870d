import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Roles } from '@zusammen/api/identity';
import type {
  BookingCheckResult,
  BookingCreated,
  RoomBookingSummary,
} from '@zusammen/shared/contracts';
import { Actor, type BookingActor } from './booking-actor';
import { BookingChangeService } from './booking-change.service';
import { BookingCreateService } from './booking-create.service';
import { BookingDecisionService } from './booking-decision.service';
import {
  BookingCancelDto,
  BookingChangeDto,
  BookingDecisionDto,
  BookingRangeQueryDto,
  BookingRequestDto,
  StaffBookingListQueryDto,
} from './booking.dto';
import { BookingNotFoundException } from './booking.exception';
import { BookingQueriesService } from './booking-queries.service';

/** A malformed id answers like an unknown one. */
export const BOOKING_ID = new UuidOr404Pipe(() => new BookingNotFoundException());

const CREATE_422 =
  'OUTSIDE_OPENING_HOURS (details.conflicts), QUOTA_EXCEEDED (details.weeks), TOO_FAR_AHEAD, IN_THE_PAST, ' +
  'NO_DATES_LEFT, ORGANIZER_NOT_FOUND, VALIDATION_FAILED';

/** Room bookings (BOOKING_ROUTES.bookings): create and pre-check, lists, decisions, changes, cancellations. */
@ApiTags('booking')
@Controller('booking/bookings')
export class BookingsController {
  constructor(
    private readonly creating: BookingCreateService,
    private readonly deciding: BookingDecisionService,
    private readonly changing: BookingChangeService,
    private readonly queries: BookingQueriesService,
  ) {}

  @Post()
  @Roles('organizer', 'staff', 'admin')
  @HttpCode(HttpStatus.CREATED)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Per user: repeating a request with the same key returns the first result.',
  })
  @ApiCreatedResponse({ description: 'BookingCreated: the booked dates (pending or confirmed).' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: closures and booking for others are for staff' })
  @ApiNotFoundResponse({ description: 'ROOM_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ROOM_ALREADY_BOOKED (details: { conflicts, freeSlots })' })
  @ApiUnprocessableEntityResponse({ description: CREATE_422 })
  create(
    @Actor() actor: BookingActor,
    @Body() body: BookingRequestDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<BookingCreated> {
    return this.creating.create(actor, body, idempotencyKey);
  }

  @Post('check')
  @Roles('organizer', 'staff', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description:
      'BookingCheckResult: the dates, the conflicts (booked, closed, quota) and free slots.',
  })
  @ApiNotFoundResponse({ description: 'ROOM_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description: 'TOO_FAR_AHEAD, IN_THE_PAST, NO_DATES_LEFT, VALIDATION_FAILED',
  })
  check(
    @Actor() actor: BookingActor,
    @Body() body: BookingRequestDto,
  ): Promise<BookingCheckResult> {
    return this.creating.check(actor, body);
  }

  @Get('mine')
  @Roles('organizer', 'staff', 'admin')
  @ApiOkResponse({
    description: 'RoomBookingSummary[]: the caller’s bookings of every status in the range.',
  })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (from, to)' })
  mine(
    @Actor() actor: BookingActor,
    @Query() query: BookingRangeQueryDto,
  ): Promise<RoomBookingSummary[]> {
    return this.queries.mine(actor, query);
  }

  @Get()
  @Roles('staff', 'admin')
  @ApiOkResponse({
    description: 'RoomBookingSummary[] of one status (default pending) in the range.',
  })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (status, from, to)' })
  list(
    @Actor() actor: BookingActor,
    @Query() query: StaffBookingListQueryDto,
  ): Promise<RoomBookingSummary[]> {
    return this.queries.list(actor, query);
  }

  @Get(':id')
  @Roles('organizer', 'staff', 'admin')
  @ApiOkResponse({ description: 'RoomBookingSummary' })
  @ApiNotFoundResponse({ description: 'BOOKING_NOT_FOUND (also for another organizer’s booking)' })
  get(
    @Actor() actor: BookingActor,
    @Param('id', BOOKING_ID) id: string,
  ): Promise<RoomBookingSummary> {
    return this.queries.get(actor, id);
  }

  @Post(':id/decision')
  @Roles('staff', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description:
      'RoomBookingSummary[]: the decided dates (the row, or every pending date of its series).',
  })
  @ApiNotFoundResponse({ description: 'BOOKING_NOT_FOUND' })
  @ApiConflictResponse({
    description: 'BOOKING_STATE_CHANGED: decided by someone else, or not pending',
  })
  @ApiUnprocessableEntityResponse({ description: 'REASON_REQUIRED (reject), VALIDATION_FAILED' })
  decide(
    @Actor() actor: BookingActor,
    @Param('id', BOOKING_ID) id: string,
    @Body() body: BookingDecisionDto,
  ): Promise<RoomBookingSummary[]> {
    return this.deciding.decide(actor, id, body);
  }

  @Post(':id/change')
  @Roles('organizer', 'staff', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'RoomBookingSummary[]: the changed dates.' })
  @ApiNotFoundResponse({ description: 'BOOKING_NOT_FOUND' })
  @ApiConflictResponse({
    description:
      'ROOM_ALREADY_BOOKED (details.conflicts, also overrides of the series), BOOKING_NOT_CHANGEABLE',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'OUTSIDE_OPENING_HOURS, QUOTA_EXCEEDED, TOO_FAR_AHEAD, IN_THE_PAST, VALIDATION_FAILED',
  })
  change(
    @Actor() actor: BookingActor,
    @Param('id', BOOKING_ID) id: string,
    @Body() body: BookingChangeDto,
  ): Promise<RoomBookingSummary[]> {
    return this.changing.change(actor, id, body);
  }

  @Post(':id/cancel')
  @Roles('organizer', 'staff', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'RoomBookingSummary[]: the cancelled dates.' })
  @ApiNotFoundResponse({ description: 'BOOKING_NOT_FOUND' })
  @ApiConflictResponse({ description: 'BOOKING_NOT_CHANGEABLE' })
  cancel(
    @Actor() actor: BookingActor,
    @Param('id', BOOKING_ID) id: string,
    @Body() body: BookingCancelDto,
  ): Promise<RoomBookingSummary[]> {
    return this.changing.cancel(actor, id, body);
  }
}
