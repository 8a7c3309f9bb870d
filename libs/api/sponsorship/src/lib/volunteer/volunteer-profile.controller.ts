import { Body, Controller, Get, Header, Put } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser, Roles } from '@zusammen/api/identity';
import type { VolunteerProfileResponse } from '@zusammen/shared/contracts';
import { VolunteerProfileDto } from './volunteer.dto';
import { VolunteerProfileService } from './volunteer-profile.service';

/** The volunteer's own profile (SPONSORSHIP_ROUTES.myProfile). */
@ApiTags('sponsorship')
@Controller('sponsorship/me')
@Roles('volunteer')
export class VolunteerProfileController {
  constructor(private readonly profiles: VolunteerProfileService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description: 'VolunteerProfileResponse with vetting steps and own ledger entry.',
  })
  @ApiNotFoundResponse({ description: 'VOLUNTEER_PROFILE_MISSING' })
  own(@Acting() actor: ActingUser): Promise<VolunteerProfileResponse> {
    return this.profiles.own(actor.id);
  }

  @Put()
  @ApiOkResponse({ description: 'VolunteerProfileResponse; a new profile starts as `registered`.' })
  save(
    @Acting() actor: ActingUser,
    @Body() body: VolunteerProfileDto,
  ): Promise<VolunteerProfileResponse> {
    return this.profiles.save(actor, body);
  }
}
