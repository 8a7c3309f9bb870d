import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Acting, type ActingUser, Roles } from '@zusammen/api/identity';
import type { PairingDetail, PairingListResponse } from '@zusammen/shared/contracts';
import { PairingNotFoundException } from '../pairing/pairing.exception';
import { PairingListQueryDto } from './pairing-views.dto';
import { PairingViewsService } from './pairing-views.service';

/** A malformed id answers like an unknown one. */
export const VIEWED_PAIRING_ID = new UuidOr404Pipe(() => new PairingNotFoundException());

/** Pairings at the staff desk (PAIRING_ROUTES.pairings): the list and the detail. */
@ApiTags('sponsorship')
@Controller('sponsorship/pairings')
@Roles('staff', 'admin')
export class PairingsViewController {
  constructor(private readonly views: PairingViewsService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description:
      'PairingListResponse: newest state change first, keyset cursor; open states unless `state` is given.',
  })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (unknown state, bad cursor)' })
  list(@Query() query: PairingListQueryDto): Promise<PairingListResponse> {
    return this.views.list(query);
  }

  @Get(':id')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description:
      'PairingDetail with contact data and staff-only notes; recorded as pairing.viewed.',
  })
  @ApiNotFoundResponse({ description: 'PAIRING_NOT_FOUND' })
  detail(
    @Acting() actor: ActingUser,
    @Param('id', VIEWED_PAIRING_ID) id: string,
  ): Promise<PairingDetail> {
    return this.views.staffDetail(actor, id);
  }
}
