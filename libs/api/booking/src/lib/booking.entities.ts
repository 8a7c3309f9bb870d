import { Room } from './room/room.entity';

/** Entities of the booking context, for the explicit entity list of each process. */
export const BOOKING_ENTITIES = [Room] as const;
