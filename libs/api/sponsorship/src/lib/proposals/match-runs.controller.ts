import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Acting, type ActingUser, Roles } from '@zusammen/api/identity';
import type { MatchRunResponse } from '@zusammen/shared/contracts';
import { StartMatchRunDto } from './match-run.dto';
import { MatchRunsService } from './match-runs.service';
import { MatchRunNotFoundException } from './proposal.exception';

/** A malformed id answers like an unknown one. */
const RUN_ID = new UuidOr404Pipe(() => new MatchRunNotFoundException());

/** Batch proposals (PAIRING_ROUTES.matchRuns), for staff. */
@ApiTags('sponsorship')
@Controller('sponsorship/match-runs')
@Roles('staff', 'admin')
export class MatchRunsController {
  constructor(private readonly runs: MatchRunsService) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({
    description:
      'MatchRunResponse: one open proposal per assigned waiting family (maximum total score), the families ' +
      'left out with their feasible counts, the weights and each component’s share; recorded as ' +
      'sponsorship.match-run.',
  })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (details per weight)' })
  start(@Acting() actor: ActingUser, @Body() body: StartMatchRunDto): Promise<MatchRunResponse> {
    return this.runs.start(actor, body);
  }

  @Get('latest')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description:
      'MatchRunResponse of the newest batch run with the proposals’ current decisions; `unassigned` as of now.',
  })
  @ApiNotFoundResponse({ description: 'MATCH_RUN_NOT_FOUND (no batch run yet)' })
  latest(@Acting() actor: ActingUser): Promise<MatchRunResponse> {
    return this.runs.latest(actor);
  }

  @Get(':id')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'MatchRunResponse of the run (batch or single).' })
  @ApiNotFoundResponse({ description: 'MATCH_RUN_NOT_FOUND' })
  byId(@Acting() actor: ActingUser, @Param('id', RUN_ID) id: string): Promise<MatchRunResponse> {
    return this.runs.byId(actor, id);
  }
}
