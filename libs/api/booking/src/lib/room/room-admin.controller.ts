import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Roles } from '@zusammen/api/identity';
import type { RoomDetail } from '@zusammen/shared/contracts';
import { Actor, type BookingActor } from '../bookings/booking-actor';
import { RoomNotFoundException } from '../bookings/booking.exception';
import { RoomAdminService } from './room-admin.service';
import { RoomUpdateDto } from './room-update.dto';

const ROOM_ID = new UuidOr404Pipe(() => new RoomNotFoundException());

/** Rooms as the booking pages need them (BOOKING_ROUTES.rooms): the list, and staff's settings per room. */
@ApiTags('booking')
@Controller('booking/rooms')
export class RoomAdminController {
  constructor(private readonly rooms: RoomAdminService) {}

  @Get()
  @Roles('organizer', 'staff', 'admin')
  @ApiOkResponse({ description: 'RoomDetail[] ordered by name (keyLocation only for staff).' })
  list(@Actor() actor: BookingActor): Promise<RoomDetail[]> {
    return this.rooms.list(actor);
  }

  @Patch(':id')
  @Roles('staff', 'admin')
  @ApiOkResponse({
    description: 'RoomDetail after the change; existing bookings keep their buffers.',
  })
  @ApiNotFoundResponse({ description: 'ROOM_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (details per field)' })
  update(
    @Actor() actor: BookingActor,
    @Param('id', ROOM_ID) id: string,
    @Body() body: RoomUpdateDto,
  ): Promise<RoomDetail> {
    return this.rooms.update(actor, id, body);
  }
}
