import {
  Body,
  Controller,
  Get,
  Headers,
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
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Authenticated, Public, Roles } from '@zusammen/api/identity';
import type {
  CheckInRow,
  EventSummary,
  MyRegistration,
  OccurrenceSummary,
  RegistrationResult,
} from '@zusammen/shared/contracts';
import { CurrentEventActor, type EventActor } from './event-actor';
import {
  CreateEventDto,
  DeskRegistrationDto,
  PublicEventsQueryDto,
  RegistrationDecisionDto,
  RegistrationDto,
  UpdateEventDto,
} from './event.dto';
import {
  eventNotFound,
  occurrenceNotFound,
  registrationNotFound,
  waitlistEntryNotFound,
} from './event.exception';
import { EventsService } from './events.service';
import { parseIdempotencyKey } from './idempotency-key';
import { RegistrationsService } from './registrations.service';
import { WaitlistService } from './waitlist.service';

const EVENT_ID = new UuidOr404Pipe(eventNotFound);
const OCCURRENCE_ID = new UuidOr404Pipe(occurrenceNotFound);
const REGISTRATION_ID = new UuidOr404Pipe(registrationNotFound);
const ENTRY_ID = new UuidOr404Pipe(waitlistEntryNotFound);

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Per user: repeating a request with the same key returns the first result.',
} as const;

/** The public programme (EVENT_ROUTES.publicEvents): no sign-in, no names. */
@ApiTags('events')
@Controller('events/public')
@Public()
export class PublicEventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @ApiOkResponse({
    description: 'EventSummary[]: public events with their scheduled dates in the range.',
  })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (from, to, audience)' })
  list(@Query() query: PublicEventsQueryDto): Promise<EventSummary[]> {
    return this.events.publicProgramme(query);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'EventSummary with its scheduled dates from now on.' })
  @ApiNotFoundResponse({ description: 'EVENT_NOT_FOUND (also for events that are not public)' })
  get(@Param('id', EVENT_ID) id: string): Promise<EventSummary> {
    return this.events.publicEvent(id);
  }
}

/** Events of organizers (EVENT_ROUTES.events): create on a booking, change, read. */
@ApiTags('events')
@Controller('events')
@Roles('organizer', 'staff', 'admin')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({
    description: 'EventSummary with one date per booking (every date of a series).',
  })
  @ApiNotFoundResponse({ description: 'BOOKING_NOT_FOUND (also another organizer’s booking)' })
  @ApiConflictResponse({ description: 'EVENT_ALREADY_EXISTS' })
  @ApiUnprocessableEntityResponse({
    description: 'CAPACITY_EXCEEDS_ROOM, BOOKING_NOT_ELIGIBLE, VALIDATION_FAILED',
  })
  create(
    @CurrentEventActor() actor: EventActor,
    @Body() body: CreateEventDto,
  ): Promise<EventSummary> {
    return this.events.create(actor, body);
  }

  @Get('mine')
  @ApiOkResponse({ description: 'EventSummary[]: the caller’s events with all their dates.' })
  mine(@CurrentEventActor() actor: EventActor): Promise<EventSummary[]> {
    return this.events.mine(actor);
  }

  @Get(':id')
  @ApiOkResponse({
    description: 'EventSummary with every date (past and cancelled ones included).',
  })
  @ApiNotFoundResponse({ description: 'EVENT_NOT_FOUND' })
  get(
    @CurrentEventActor() actor: EventActor,
    @Param('id', EVENT_ID) id: string,
  ): Promise<EventSummary> {
    return this.events.get(actor, id);
  }

  @Patch(':id')
  @ApiOkResponse({ description: 'EventSummary; a capacity increase has offered the freed seats.' })
  @ApiNotFoundResponse({ description: 'EVENT_NOT_FOUND' })
  @ApiConflictResponse({
    description: 'CAPACITY_BELOW_TAKEN (details: { occurrenceId, seatsTaken })',
  })
  @ApiUnprocessableEntityResponse({ description: 'CAPACITY_EXCEEDS_ROOM, VALIDATION_FAILED' })
  @ApiServiceUnavailableResponse({ description: 'SEATS_BUSY' })
  update(
    @CurrentEventActor() actor: EventActor,
    @Param('id', EVENT_ID) id: string,
    @Body() body: UpdateEventDto,
  ): Promise<EventSummary> {
    return this.events.update(actor, id, body);
  }
}

/** One date (EVENT_ROUTES.occurrences): registration, desk registration, check-in list, cancellation. */
@ApiTags('events')
@Controller('events/occurrences')
export class OccurrencesController {
  constructor(
    private readonly events: EventsService,
    private readonly registrations: RegistrationsService,
  ) {}

  @Post(':id/registrations')
  @Authenticated()
  @HttpCode(HttpStatus.CREATED)
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({
    description: 'RegistrationResult: registered, requested or waitlisted (position).',
  })
  @ApiNotFoundResponse({ description: 'OCCURRENCE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'EVENT_FULL, ALREADY_REGISTERED' })
  @ApiUnprocessableEntityResponse({
    description: 'REGISTRATION_CLOSED (details.reason), IDEMPOTENCY_KEY_REUSED, VALIDATION_FAILED',
  })
  @ApiServiceUnavailableResponse({ description: 'SEATS_BUSY (details.retryAfterSeconds)' })
  register(
    @CurrentEventActor() actor: EventActor,
    @Param('id', OCCURRENCE_ID) id: string,
    @Body() body: RegistrationDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<RegistrationResult> {
    return this.registrations.register(actor, id, body, parseIdempotencyKey(idempotencyKey));
  }

  @Post(':id/desk-registrations')
  @Roles('staff', 'admin')
  @HttpCode(HttpStatus.CREATED)
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({ description: 'RegistrationResult for a person without account (audited).' })
  @ApiNotFoundResponse({ description: 'OCCURRENCE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'EVENT_FULL' })
  @ApiUnprocessableEntityResponse({ description: 'REGISTRATION_CLOSED, VALIDATION_FAILED' })
  @ApiServiceUnavailableResponse({ description: 'SEATS_BUSY' })
  registerAtDesk(
    @CurrentEventActor() actor: EventActor,
    @Param('id', OCCURRENCE_ID) id: string,
    @Body() body: DeskRegistrationDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<RegistrationResult> {
    return this.registrations.registerAtDesk(actor, id, body, parseIdempotencyKey(idempotencyKey));
  }

  @Get(':id/check-in')
  @Roles('organizer', 'staff', 'admin')
  @ApiOkResponse({
    description: 'CheckInRow[] by name (requested, confirmed, checked in, no-show).',
  })
  @ApiNotFoundResponse({ description: 'OCCURRENCE_NOT_FOUND (also another organizer’s date)' })
  checkInList(
    @CurrentEventActor() actor: EventActor,
    @Param('id', OCCURRENCE_ID) id: string,
  ): Promise<CheckInRow[]> {
    return this.registrations.checkInList(actor, id);
  }

  @Post(':id/cancel')
  @Roles('organizer', 'staff', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'OccurrenceSummary (status cancelled); everyone is notified.' })
  @ApiNotFoundResponse({ description: 'OCCURRENCE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'OCCURRENCE_NOT_SCHEDULED' })
  @ApiServiceUnavailableResponse({ description: 'SEATS_BUSY' })
  cancel(
    @CurrentEventActor() actor: EventActor,
    @Param('id', OCCURRENCE_ID) id: string,
  ): Promise<OccurrenceSummary> {
    return this.events.cancelDate(actor, id);
  }
}

/** Registrations (EVENT_ROUTES.registrations): check-in, decisions, cancellation. */
@ApiTags('events')
@Controller('events/registrations')
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Post(':id/check-in')
  @Roles('organizer', 'staff', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'CheckInRow (checked in; repeating changes nothing).' })
  @ApiNotFoundResponse({ description: 'REGISTRATION_NOT_FOUND' })
  @ApiConflictResponse({ description: 'REGISTRATION_STATE_CHANGED (details.status)' })
  checkIn(
    @CurrentEventActor() actor: EventActor,
    @Param('id', REGISTRATION_ID) id: string,
  ): Promise<CheckInRow> {
    return this.registrations.checkIn(actor, id);
  }

  @Post(':id/decision')
  @Roles('organizer', 'staff', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'CheckInRow (confirmed or declined).' })
  @ApiNotFoundResponse({ description: 'REGISTRATION_NOT_FOUND' })
  @ApiConflictResponse({ description: 'REGISTRATION_STATE_CHANGED' })
  @ApiServiceUnavailableResponse({ description: 'SEATS_BUSY' })
  decide(
    @CurrentEventActor() actor: EventActor,
    @Param('id', REGISTRATION_ID) id: string,
    @Body() body: RegistrationDecisionDto,
  ): Promise<CheckInRow> {
    return this.registrations.decide(actor, id, body);
  }

  @Post(':id/cancel')
  @Authenticated()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'MyRegistration (cancelled); the seats went to the waiting list.' })
  @ApiNotFoundResponse({ description: 'REGISTRATION_NOT_FOUND (also someone else’s)' })
  @ApiConflictResponse({ description: 'REGISTRATION_STATE_CHANGED' })
  @ApiServiceUnavailableResponse({ description: 'SEATS_BUSY' })
  cancel(
    @CurrentEventActor() actor: EventActor,
    @Param('id', REGISTRATION_ID) id: string,
  ): Promise<MyRegistration> {
    return this.registrations.cancel(actor, id);
  }
}

/** The signed-in person's registrations and waiting-list answers (EVENT_ROUTES.myRegistrations, .waitlist). */
@ApiTags('events')
@Controller('events')
@Authenticated()
export class MyRegistrationsController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly waitlist: WaitlistService,
  ) {}

  @Get('me/registrations')
  @ApiOkResponse({
    description: 'MyRegistration[]: registrations and waiting-list entries with positions.',
  })
  mine(@CurrentEventActor() actor: EventActor): Promise<MyRegistration[]> {
    return this.registrations.mine(actor);
  }

  @Post('waitlist/:id/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'MyRegistration: the registration the offer became.' })
  @ApiNotFoundResponse({ description: 'WAITLIST_ENTRY_NOT_FOUND' })
  @ApiConflictResponse({ description: 'OFFER_EXPIRED, REGISTRATION_STATE_CHANGED' })
  @ApiServiceUnavailableResponse({ description: 'SEATS_BUSY' })
  accept(
    @CurrentEventActor() actor: EventActor,
    @Param('id', ENTRY_ID) id: string,
  ): Promise<MyRegistration> {
    return this.waitlist.accept(actor, id);
  }

  @Post('waitlist/:id/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'MyRegistration (declined); the seats went to the next entry.' })
  @ApiNotFoundResponse({ description: 'WAITLIST_ENTRY_NOT_FOUND' })
  @ApiConflictResponse({ description: 'REGISTRATION_STATE_CHANGED' })
  @ApiServiceUnavailableResponse({ description: 'SEATS_BUSY' })
  decline(
    @CurrentEventActor() actor: EventActor,
    @Param('id', ENTRY_ID) id: string,
  ): Promise<MyRegistration> {
    return this.waitlist.decline(actor, id);
  }

  @Post('waitlist/:id/withdraw')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'MyRegistration (withdrawn).' })
  @ApiNotFoundResponse({ description: 'WAITLIST_ENTRY_NOT_FOUND' })
  @ApiConflictResponse({ description: 'REGISTRATION_STATE_CHANGED' })
  @ApiServiceUnavailableResponse({ description: 'SEATS_BUSY' })
  withdraw(
    @CurrentEventActor() actor: EventActor,
    @Param('id', ENTRY_ID) id: string,
  ): Promise<MyRegistration> {
    return this.waitlist.withdraw(actor, id);
  }
}
