import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Acting, type ActingUser, Roles } from '@zusammen/api/identity';
import type { PairingDetail } from '@zusammen/shared/contracts';
import { PairingTransitionDto } from './pairing.dto';
import { PairingTransitionService } from './pairing-transition.service';
import { PAIRING_ID } from './pairings.controller';

/** The volunteer's own transitions (PAIRING_ROUTES.myPairings): accept, decline, pause, resume, end. */
@ApiTags('sponsorship')
@Controller('sponsorship/me/pairings')
@Roles('volunteer')
export class MyPairingCommandsController {
  constructor(private readonly transitions: PairingTransitionService) {}

  @Post(':id/transitions')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'PairingDetail after the transition (no staff-only notes).' })
  @ApiNotFoundResponse({ description: 'PAIRING_NOT_FOUND (also for another volunteer’s pairing)' })
  @ApiConflictResponse({ description: 'PAIRING_INVALID_TRANSITION' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (details per field)' })
  transition(
    @Acting() actor: ActingUser,
    @Param('id', PAIRING_ID) id: string,
    @Body() body: PairingTransitionDto,
  ): Promise<PairingDetail> {
    return this.transitions.transition(actor, 'volunteer', id, body);
  }
}
