export * from './lib/room/room.entity';
export * from './lib/room/room.service';
export * from './lib/room/room.module';
export * from './lib/booking.entities';
