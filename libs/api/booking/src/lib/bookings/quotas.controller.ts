import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Roles } from '@zusammen/api/identity';
import { BookingErrorCode, type OrganizerQuotaRow } from '@zusammen/shared/contracts';
import { Actor, type BookingActor } from './booking-actor';
import { OrganizerQuotaUpdateDto } from './booking.dto';
import { BookingException } from './booking.exception';
import { QuotasService } from './quotas.service';

const ORGANIZER_ID = new UuidOr404Pipe(
  () => new BookingException(BookingErrorCode.OrganizerNotFound),
);

/** Organizers' weekly quotas (BOOKING_ROUTES.quotas), for staff. */
@ApiTags('booking')
@Controller('booking/quotas')
@Roles('staff', 'admin')
export class QuotasController {
  constructor(private readonly quotas: QuotasService) {}

  @Get()
  @ApiOkResponse({ description: 'OrganizerQuotaRow[] of every active organizer, by name.' })
  list(): Promise<OrganizerQuotaRow[]> {
    return this.quotas.list();
  }

  @Put(':organizerId')
  @ApiOkResponse({ description: 'OrganizerQuotaRow after the change.' })
  @ApiUnprocessableEntityResponse({ description: 'ORGANIZER_NOT_FOUND, VALIDATION_FAILED' })
  update(
    @Actor() actor: BookingActor,
    @Param('organizerId', ORGANIZER_ID) organizerId: string,
    @Body() body: OrganizerQuotaUpdateDto,
  ): Promise<OrganizerQuotaRow> {
    return this.quotas.update(actor, organizerId, body);
  }
}
