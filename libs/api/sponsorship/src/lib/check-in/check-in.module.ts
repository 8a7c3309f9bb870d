import { Module } from '@nestjs/common';
import { IdentityModule } from '@zusammen/api/identity';
import { MyCheckInsController, StaffCheckInsController } from './check-ins.controller';
import { CheckInService } from './check-in.service';

/**
 * Contacts (Kontakte): POST /api/sponsorship/pairings/:id/check-ins (staff, admin) and
 * POST /api/sponsorship/me/pairings/:id/check-ins (volunteer). They are read with the pairing detail.
 */
@Module({
  imports: [IdentityModule],
  controllers: [StaffCheckInsController, MyCheckInsController],
  providers: [CheckInService],
})
export class CheckInModule {}
