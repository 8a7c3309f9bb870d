import { Module } from '@nestjs/common';
import { IdentityModule } from '@zusammen/api/identity';
import { MyPairingCommandsController } from './my-pairings.controller';
import { PairingOfferService } from './pairing-offer.service';
import { PairingTransitionService } from './pairing-transition.service';
import { PairingCommandsController } from './pairings.controller';

/**
 * Pairing commands: staff offer a family to a volunteer and move pairings along the transition table
 * (/api/sponsorship/pairings, staff and admin); volunteers take their own transitions
 * (/api/sponsorship/me/pairings/:id/transitions). NotificationOutbox comes from the global NotificationsModule.
 */
@Module({
  imports: [IdentityModule],
  controllers: [PairingCommandsController, MyPairingCommandsController],
  providers: [PairingOfferService, PairingTransitionService],
})
export class PairingModule {}
