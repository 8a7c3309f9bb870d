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
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Acting, Roles, type ActingUser } from '@zusammen/api/identity';
import type { HandoutCheckResponse, RentalDetail, RentalSummary } from '@zusammen/shared/contracts';
import type { HeaderReply } from '../bikes/bikes.controller';
import { rentalNotFound } from './counter.exception';
import { HandoutService } from './handout.service';
import {
  ExtendDto,
  HandoutCheckDto,
  HandoutDto,
  RentalListQueryDto,
  ReturnDto,
} from './rental.dto';
import { RentalChangesService } from './rental-changes.service';
import { RentalQueriesService } from './rental-queries.service';
import { ReturnService } from './return.service';

export const RENTAL_ID = new UuidOr404Pipe(rentalNotFound);
const REFUSALS =
  'BIKE_NOT_AVAILABLE, INSPECTION_MISSING, INSPECTION_EXPIRED, ELIGIBILITY_MISSING, ELIGIBILITY_EXPIRED, ' +
  'BRIEFING_MISSING, BORROWER_BLOCKED, RENTAL_LIMIT_REACHED (the first; details.refusals lists all)';

/** Rentals at the desk (WORKSHOP_ROUTES.rentals): lists, pre-check, handout, extension, return, cancel, lost. */
@ApiTags('workshop')
@Controller('workshop/rentals')
export class RentalsController {
  constructor(
    private readonly queries: RentalQueriesService,
    private readonly handouts: HandoutService,
    private readonly returns: ReturnService,
    private readonly changes: RentalChangesService,
  ) {}

  @Get()
  @Roles('workshop')
  @ApiOkResponse({
    description: 'RentalSummary[] of the view (open, due_soon, overdue = call list, returned, all)',
  })
  list(@Query() query: RentalListQueryDto): Promise<RentalSummary[]> {
    return this.queries.list(query.view, query.q);
  }

  @Post('check')
  @Roles('workshop')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'HandoutCheckResponse: every refusal at once and the terms' })
  @ApiNotFoundResponse({ description: 'BIKE_NOT_FOUND, BORROWER_NOT_FOUND' })
  check(@Body() body: HandoutCheckDto): Promise<HandoutCheckResponse> {
    return this.handouts.check(body.bikeId, body.borrowerId);
  }

  @Post()
  @Roles('workshop')
  @HttpCode(HttpStatus.CREATED)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Per desk user: a repeat returns the first result.',
  })
  @ApiCreatedResponse({ description: 'RentalDetail' })
  @ApiNotFoundResponse({ description: 'BIKE_NOT_FOUND, BORROWER_NOT_FOUND' })
  @ApiConflictResponse({ description: REFUSALS })
  @ApiUnprocessableEntityResponse({ description: 'SIGNATURE_REQUIRED, VALIDATION_FAILED' })
  handout(
    @Acting() actor: ActingUser,
    @Body() body: HandoutDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<RentalDetail> {
    return this.handouts.handout(actor, body, idempotencyKey);
  }

  @Get(':id')
  @Roles('workshop')
  @ApiOkResponse({ description: 'RentalDetail' })
  @ApiNotFoundResponse({ description: 'RENTAL_NOT_FOUND' })
  get(@Param('id', RENTAL_ID) id: string): Promise<RentalDetail> {
    return this.queries.get(id);
  }

  @Get(':id/contract.pdf')
  @Roles('workshop')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The rental contract (German plus the borrower’s language) as PDF',
  })
  @ApiNotFoundResponse({ description: 'RENTAL_NOT_FOUND' })
  @ApiConflictResponse({ description: 'RENTAL_NOT_CHANGEABLE (a reservation has no contract yet)' })
  async contract(
    @Param('id', RENTAL_ID) id: string,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<Buffer> {
    const pdf = await this.queries.contractPdf(id);
    reply.header('content-type', 'application/pdf');
    reply.header('content-disposition', `inline; filename="vertrag-${id}.pdf"`);
    reply.header('cache-control', 'private, no-store');
    return pdf;
  }

  @Post(':id/extend')
  @Roles('workshop')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'RentalDetail' })
  @ApiConflictResponse({ description: 'RENTAL_NOT_CHANGEABLE' })
  @ApiUnprocessableEntityResponse({ description: 'EXTENSION_NOT_ALLOWED, VALIDATION_FAILED' })
  extend(
    @Acting() actor: ActingUser,
    @Param('id', RENTAL_ID) id: string,
    @Body() body: ExtendDto,
  ): Promise<RentalDetail> {
    return this.changes.extend(actor, id, body.dueOn);
  }

  @Post(':id/return')
  @Roles('workshop')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'RentalDetail (with the damage case, if any)' })
  @ApiConflictResponse({ description: 'RENTAL_NOT_CHANGEABLE' })
  @ApiUnprocessableEntityResponse({
    description: 'VALIDATION_FAILED (unknown checklist items, times)',
  })
  return(
    @Acting() actor: ActingUser,
    @Param('id', RENTAL_ID) id: string,
    @Body() body: ReturnDto,
  ): Promise<RentalDetail> {
    return this.returns.return(actor, id, body);
  }

  @Post(':id/cancel')
  @Roles('workshop')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'RentalDetail (cancelled reservation)' })
  @ApiConflictResponse({ description: 'RENTAL_NOT_CHANGEABLE (not reserved)' })
  cancel(@Acting() actor: ActingUser, @Param('id', RENTAL_ID) id: string): Promise<RentalDetail> {
    return this.changes.cancel(actor, id);
  }

  @Post(':id/lost')
  @Roles('workshop')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'RentalDetail (lost; the bike is missing)' })
  @ApiConflictResponse({ description: 'RENTAL_NOT_CHANGEABLE (not active)' })
  lost(@Acting() actor: ActingUser, @Param('id', RENTAL_ID) id: string): Promise<RentalDetail> {
    return this.changes.lost(actor, id);
  }
}
