import { Body, Controller, Get, Header, Patch } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '@zusammen/api/core';
import type { ProfileResponse, SessionUser } from '@zusammen/shared/contracts';
import { CurrentUser } from '../access/current-user.decorator';
import { UpdateProfileDto } from './profile.dto';
import { ProfileService } from './profile.service';

/**
 * The signed-in user's own profile (PROFILE_ROUTES.profile). The password route (PROFILE_ROUTES.password) is in
 * @zusammen/api/accounts: it sends the password-changed notice, and identity cannot use the notifications.
 */
@ApiTags('me')
@Controller('me')
@Authenticated()
export class ProfileController {
  constructor(private readonly profiles: ProfileService) {}

  @Get('profile')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'Display name, email, phone and locale of the signed-in user.' })
  @ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED' })
  getProfile(@CurrentUser() user: SessionUser): Promise<ProfileResponse> {
    return this.profiles.getProfile(user.id);
  }

  @Patch('profile')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'The changed profile.' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED' })
  updateProfile(
    @CurrentUser() user: SessionUser,
    @Body() body: UpdateProfileDto,
  ): Promise<ProfileResponse> {
    return this.profiles.updateProfile(user.id, body);
  }
}
