import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@zusammen/api/identity';
import { RoomAdminController } from './room-admin.controller';
import { RoomAdminService } from './room-admin.service';
import { RoomController } from './room.controller';
import { Room } from './room.entity';
import { RoomService } from './room.service';

/** `GET /api/rooms` (public), `GET /api/booking/rooms` (organizers, staff), `PATCH /api/booking/rooms/:id` (staff). */
@Module({
  imports: [TypeOrmModule.forFeature([Room]), IdentityModule],
  controllers: [RoomController, RoomAdminController],
  providers: [RoomService, RoomAdminService],
  exports: [RoomService],
})
export class RoomModule {}
