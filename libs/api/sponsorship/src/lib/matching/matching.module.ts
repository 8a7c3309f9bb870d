import { Module } from '@nestjs/common';
import { IdentityModule } from '@zusammen/api/identity';
import { FamilyCandidatesController } from './family-candidates.controller';
import { FamilyCandidatesService } from './family-candidates.service';

/** Matching on the HTTP side: the ranked candidates of one family (/api/sponsorship/families/:id/candidates). */
@Module({
  imports: [IdentityModule],
  controllers: [FamilyCandidatesController],
  providers: [FamilyCandidatesService],
})
export class MatchingModule {}
