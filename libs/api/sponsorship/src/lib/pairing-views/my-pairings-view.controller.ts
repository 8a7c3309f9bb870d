import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser, Roles } from '@zusammen/api/identity';
import type { MyPairingsResponse, PairingDetail } from '@zusammen/shared/contracts';
import { PairingViewsService } from './pairing-views.service';
import { VIEWED_PAIRING_ID } from './pairings-view.controller';

/** The volunteer's own pairings (PAIRING_ROUTES.myPairings). */
@ApiTags('sponsorship')
@Controller('sponsorship/me/pairings')
@Roles('volunteer')
export class MyPairingsViewController {
  constructor(private readonly views: PairingViewsService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description:
      'MyPairingsResponse: open pairings first, then those ended or declined in the last year.',
  })
  list(@Acting() actor: ActingUser): Promise<MyPairingsResponse> {
    return this.views.myPairings(actor);
  }

  @Get(':id')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description:
      'PairingDetail in the volunteer view: no staff-only notes, family contact only from intro_scheduled on.',
  })
  @ApiNotFoundResponse({ description: 'PAIRING_NOT_FOUND (also for another volunteer’s pairing)' })
  detail(
    @Acting() actor: ActingUser,
    @Param('id', VIEWED_PAIRING_ID) id: string,
  ): Promise<PairingDetail> {
    return this.views.myDetail(actor, id);
  }
}
