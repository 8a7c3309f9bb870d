import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@zusammen/api/identity';
import type { RoomSummary } from '@zusammen/shared/contracts';
import { RoomSummaryDto } from './room-summary.dto';
import { RoomService } from './room.service';

/** Rooms of the Haus der Begegnung. Public: what a visitor needs to know before coming. */
@ApiTags('rooms')
@Public()
@Controller('rooms')
export class RoomController {
  constructor(private readonly rooms: RoomService) {}

  @Get()
  @ApiOkResponse({
    type: RoomSummaryDto,
    isArray: true,
    description: 'All rooms, ordered by name.',
  })
  listRooms(): Promise<RoomSummary[]> {
    return this.rooms.listRooms();
  }
}
