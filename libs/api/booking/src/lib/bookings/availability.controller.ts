import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '@zusammen/api/identity';
import type { RoomAvailability } from '@zusammen/shared/contracts';
import { Actor, type BookingActor } from './booking-actor';
import { AvailabilityQueryDto } from './booking.dto';
import { BookingQueriesService } from './booking-queries.service';

/** The calendar (BOOKING_ROUTES.availability): every room with its blocking bookings in a range. */
@ApiTags('booking')
@Controller('booking/availability')
@Roles('organizer', 'staff', 'admin')
export class AvailabilityController {
  constructor(private readonly queries: BookingQueriesService) {}

  @Get()
  @ApiOkResponse({
    description:
      'RoomAvailability[]; other organizers’ bookings come with busyOnly: true, an empty title and no organizer.',
  })
  @ApiNotFoundResponse({ description: 'ROOM_NOT_FOUND (roomId)' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (from, to: at most 62 days)' })
  availability(
    @Actor() actor: BookingActor,
    @Query() query: AvailabilityQueryDto,
  ): Promise<RoomAvailability[]> {
    return this.queries.availability(actor, query);
  }
}
