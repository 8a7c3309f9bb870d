import { Module } from '@nestjs/common';
import { IdentityModule } from '@zusammen/api/identity';
import { VolunteerErasure, VolunteerPersonalData } from './volunteer-personal-data';
import { VolunteerProfileController } from './volunteer-profile.controller';
import { VolunteerProfileService } from './volunteer-profile.service';
import { VolunteerVettingService } from './volunteer-vetting.service';
import { VolunteersController } from './volunteers.controller';
import { VolunteersService } from './volunteers.service';

/**
 * Volunteers: the own profile (/api/sponsorship/me, role volunteer); the staff list and audited detail,
 * vetting steps, the § 72a ledger and status changes (/api/sponsorship/volunteers, staff and admin); their
 * share of the personal-data export and erasure.
 */
@Module({
  imports: [IdentityModule],
  controllers: [VolunteerProfileController, VolunteersController],
  providers: [
    VolunteerProfileService,
    VolunteersService,
    VolunteerVettingService,
    VolunteerPersonalData,
    VolunteerErasure,
  ],
})
export class VolunteerModule {}
