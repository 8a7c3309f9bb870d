import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Acting, type ActingUser, Roles } from '@zusammen/api/identity';
import { CANDIDATES_PATH_SUFFIX, type FamilyCandidatesResponse } from '@zusammen/shared/contracts';
import { FamilyNotFoundException } from '../family/family.exception';
import { FamilyCandidatesService } from './family-candidates.service';

/** A malformed id answers like an unknown one. */
const FAMILY_ID = new UuidOr404Pipe(() => new FamilyNotFoundException());

/** The candidates of one family (`${SPONSORSHIP_ROUTES.families}/:id/candidates`), for staff. */
@ApiTags('sponsorship')
@Controller('sponsorship/families')
@Roles('staff', 'admin')
export class FamilyCandidatesController {
  constructor(private readonly candidates: FamilyCandidatesService) {}

  @Get(`:id${CANDIDATES_PATH_SUFFIX}`)
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description:
      'FamilyCandidatesResponse: the best five feasible volunteers with score breakdowns, the exclusion ' +
      'counters and the weights used; the read is recorded as family.matched.',
  })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  list(
    @Acting() actor: ActingUser,
    @Param('id', FAMILY_ID) id: string,
  ): Promise<FamilyCandidatesResponse> {
    return this.candidates.candidates(actor, id);
  }
}
