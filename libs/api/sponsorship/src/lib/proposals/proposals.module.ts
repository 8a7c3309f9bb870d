import { Module } from '@nestjs/common';
import { IdentityModule } from '@zusammen/api/identity';
import { MatchRunsController } from './match-runs.controller';
import { MatchRunsService } from './match-runs.service';
import { ProposalDecisionsService } from './proposal-decisions.service';
import { ProposalsController } from './proposals.controller';

/**
 * Batch proposals on the HTTP side: match runs (/api/sponsorship/match-runs) and decisions on proposals
 * (/api/sponsorship/proposals/:id/reject), staff and admin.
 */
@Module({
  imports: [IdentityModule],
  controllers: [MatchRunsController, ProposalsController],
  providers: [MatchRunsService, ProposalDecisionsService],
})
export class ProposalsModule {}
