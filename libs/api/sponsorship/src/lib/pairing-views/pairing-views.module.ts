import { Module } from '@nestjs/common';
import { IdentityModule } from '@zusammen/api/identity';
import { CheckInModule } from '../check-in/check-in.module';
import { MyPairingsViewController } from './my-pairings-view.controller';
import { PairingViewsService } from './pairing-views.service';
import { PairingsViewController } from './pairings-view.controller';

/**
 * Reading pairings: GET /api/sponsorship/pairings (+ /:id) for staff and admin, GET /api/sponsorship/me/pairings
 * (+ /:id) for the volunteer. `loadPairingDetail` is also what the pairing commands answer with. Brings the
 * contact log (CheckInModule), whose entries are read with the detail.
 */
@Module({
  imports: [IdentityModule, CheckInModule],
  controllers: [PairingsViewController, MyPairingsViewController],
  providers: [PairingViewsService],
})
export class PairingViewsModule {}
