import { Module } from '@nestjs/common';
import { FamilyModule } from './family/family.module';
import { MatchingModule } from './matching/matching.module';
import { VolunteerModule } from './volunteer/volunteer.module';

/** The Patenmodell's HTTP side. Import once, in AppModule. */
@Module({ imports: [VolunteerModule, FamilyModule, MatchingModule] })
export class SponsorshipModule {}
