import { Body, Controller, Get, Header, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Acting, type ActingUser, Roles } from '@zusammen/api/identity';
import type { SponsorshipSettingsResponse } from '@zusammen/shared/contracts';
import { SponsorshipSettingsDto } from './sponsorship-settings.dto';
import { SponsorshipSettingsService } from './sponsorship-settings.service';

/** The Patenmodell settings (PAIRING_ROUTES.settings): weights, follow-up and τ, versioned. */
@ApiTags('sponsorship')
@Controller('sponsorship/settings')
@Roles('staff', 'admin')
export class SponsorshipSettingsController {
  constructor(private readonly settings: SponsorshipSettingsService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'SponsorshipSettingsResponse: the newest version.' })
  current(): Promise<SponsorshipSettingsResponse> {
    return this.settings.current();
  }

  @Put()
  @ApiOkResponse({ description: 'SponsorshipSettingsResponse of the new version (version + 1).' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (details per field)' })
  update(
    @Acting() actor: ActingUser,
    @Body() body: SponsorshipSettingsDto,
  ): Promise<SponsorshipSettingsResponse> {
    return this.settings.update(actor, body);
  }
}
