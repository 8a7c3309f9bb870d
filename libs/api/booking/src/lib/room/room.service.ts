import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { RoomSummary } from '@zusammen/shared/contracts';
import { Repository } from 'typeorm';
import { Room } from './room.entity';

/** The public view of a room; entities never leave the service. */
export function toRoomSummary(room: Room): RoomSummary {
  return {
    id: room.id,
    slug: room.slug,
    name: room.name,
    capacity: room.capacity,
    accessibility: [...room.accessibility],
    features: [...room.features],
  };
}

@Injectable()
export class RoomService {
  constructor(@InjectRepository(Room) private readonly rooms: Repository<Room>) {}

  async listRooms(): Promise<RoomSummary[]> {
    const rooms = await this.rooms.find({ order: { name: 'ASC', slug: 'ASC' } });
    return rooms.map(toRoomSummary);
  }
}
