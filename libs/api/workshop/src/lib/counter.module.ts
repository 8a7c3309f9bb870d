import { Module } from '@nestjs/common';
import { IdentityModule } from '@zusammen/api/identity';
import { BorrowersController } from './borrowers/borrowers.controller';
import { BorrowersService } from './borrowers/borrowers.service';
import { MyRentalsController } from './borrowers/my-rentals.controller';
import { MyRentalsService } from './borrowers/my-rentals.service';
import { WaitlistController } from './borrowers/waitlist.controller';
import { WaitlistService } from './borrowers/waitlist.service';
import { DamageCasesController } from './rentals/damage-cases.controller';
import { DamageCasesService } from './rentals/damage-cases.service';
import { HandoutService } from './rentals/handout.service';
import { RentalChangesService } from './rentals/rental-changes.service';
import { RentalQueriesService } from './rentals/rental-queries.service';
import { RentalsController } from './rentals/rentals.controller';
import { ReturnService } from './rentals/return.service';

/** The rental desk: borrowers, eligibility, briefings, waiting list, handout, return, damage, own rentals. */
@Module({
  imports: [IdentityModule],
  controllers: [
    BorrowersController,
    WaitlistController,
    RentalsController,
    DamageCasesController,
    MyRentalsController,
  ],
  providers: [
    BorrowersService,
    WaitlistService,
    HandoutService,
    ReturnService,
    RentalChangesService,
    RentalQueriesService,
    DamageCasesService,
    MyRentalsService,
  ],
})
export class WorkshopCounterModule {}
