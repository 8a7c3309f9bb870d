import { Module } from '@nestjs/common';
import { IdentityModule } from '@zusammen/api/identity';
import { SponsorshipSettingsController } from './sponsorship-settings.controller';
import { SponsorshipSettingsService } from './sponsorship-settings.service';

/** The versioned settings on the HTTP side (/api/sponsorship/settings, staff and admin). */
@Module({
  imports: [IdentityModule],
  controllers: [SponsorshipSettingsController],
  providers: [SponsorshipSettingsService],
})
export class SponsorshipSettingsModule {}
