import { Module } from '@nestjs/common';
import { FamilyModule } from './family/family.module';
import { SponsorshipFollowUpModule } from './follow-up/follow-up.module';
import { MatchingModule } from './matching/matching.module';
import { PairingModule } from './pairing/pairing.module';
import { PairingViewsModule } from './pairing-views/pairing-views.module';
import { ProposalsModule } from './proposals/proposals.module';
import { SponsorshipReportsModule } from './reports/reports.module';
import { SponsorshipSettingsModule } from './settings/settings.module';
import { VolunteerModule } from './volunteer/volunteer.module';

/** The Patenmodell's HTTP side. Import once, in AppModule. */
@Module({
  imports: [
    VolunteerModule,
    FamilyModule,
    MatchingModule,
    SponsorshipFollowUpModule,
    PairingModule,
    PairingViewsModule,
    SponsorshipSettingsModule,
    ProposalsModule,
    SponsorshipReportsModule,
  ],
})
export class SponsorshipModule {}
