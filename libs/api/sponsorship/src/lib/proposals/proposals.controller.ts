import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Acting, type ActingUser, Roles } from '@zusammen/api/identity';
import type { MatchProposalItem } from '@zusammen/shared/contracts';
import { RejectProposalDto } from './match-run.dto';
import { ProposalDecisionsService } from './proposal-decisions.service';
import { ProposalNotFoundException } from './proposal.exception';

/** A malformed id answers like an unknown one. */
const PROPOSAL_ID = new UuidOr404Pipe(() => new ProposalNotFoundException());

/** Decisions on proposals (PAIRING_ROUTES.proposals), for staff; offering one is POST pairings. */
@ApiTags('sponsorship')
@Controller('sponsorship/proposals')
@Roles('staff', 'admin')
export class ProposalsController {
  constructor(private readonly decisions: ProposalDecisionsService) {}

  @Post(':id/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'MatchProposalItem, status rejected with the reason.' })
  @ApiNotFoundResponse({ description: 'PROPOSAL_NOT_FOUND' })
  @ApiConflictResponse({ description: 'PROPOSAL_NOT_OPEN (details.status)' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (reason 1–500 characters)' })
  reject(
    @Acting() actor: ActingUser,
    @Param('id', PROPOSAL_ID) id: string,
    @Body() body: RejectProposalDto,
  ): Promise<MatchProposalItem> {
    return this.decisions.reject(actor, id, body);
  }
}
