import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Acting, Roles, type ActingUser } from '@zusammen/api/identity';
import type { MyBikeRentals } from '@zusammen/shared/contracts';
import { MyRentalsService } from './my-rentals.service';

/** WORKSHOP_ROUTES.mine: the resident's own rentals, waiting list and eligibility. */
@ApiTags('workshop')
@Controller('workshop/mine')
export class MyRentalsController {
  constructor(private readonly rentals: MyRentalsService) {}

  @Get()
  @Roles('resident')
  @ApiOkResponse({ description: 'MyBikeRentals (empty when the person is no borrower)' })
  mine(@Acting() actor: ActingUser): Promise<MyBikeRentals> {
    return this.rentals.mine(actor.id);
  }
}
