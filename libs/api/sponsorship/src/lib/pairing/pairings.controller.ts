import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Acting, type ActingUser, Roles } from '@zusammen/api/identity';
import type { PairingDetail } from '@zusammen/shared/contracts';
import { OfferPairingDto, PairingTransitionDto } from './pairing.dto';
import { PairingNotFoundException } from './pairing.exception';
import { PairingOfferService } from './pairing-offer.service';
import { PairingTransitionService } from './pairing-transition.service';

/** A malformed id answers like an unknown one. */
export const PAIRING_ID = new UuidOr404Pipe(() => new PairingNotFoundException());

/** Staff commands on pairings (PAIRING_ROUTES.pairings): the offer and every staff transition. */
@ApiTags('sponsorship')
@Controller('sponsorship/pairings')
@Roles('staff', 'admin')
export class PairingCommandsController {
  constructor(
    private readonly offers: PairingOfferService,
    private readonly transitions: PairingTransitionService,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'PairingDetail of the new pairing (state offered).' })
  @ApiNotFoundResponse({ description: 'PROPOSAL_NOT_FOUND, NOT_FOUND (family or volunteer)' })
  @ApiConflictResponse({
    description:
      'PROPOSAL_NOT_OPEN, PROPOSAL_STALE, CONSENT_MISSING, CAPACITY_EXCEEDED, FAMILY_HAS_OPEN_PAIRING, ' +
      'PAIR_NOT_FEASIBLE (details.filter)',
  })
  @ApiUnprocessableEntityResponse({ description: 'OVERRIDE_REASON_REQUIRED, VALIDATION_FAILED' })
  offer(@Acting() actor: ActingUser, @Body() body: OfferPairingDto): Promise<PairingDetail> {
    return this.offers.offer(actor, body);
  }

  @Post(':id/transitions')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'PairingDetail after the transition.' })
  @ApiNotFoundResponse({ description: 'PAIRING_NOT_FOUND' })
  @ApiConflictResponse({ description: 'PAIRING_INVALID_TRANSITION, TRIAL_MEETINGS_MISSING' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (details per field)' })
  transition(
    @Acting() actor: ActingUser,
    @Param('id', PAIRING_ID) id: string,
    @Body() body: PairingTransitionDto,
  ): Promise<PairingDetail> {
    return this.transitions.transition(actor, 'staff', id, body);
  }
}
