import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Patch,
  Post,
  Req,
  UseFilters,
} from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '@zusammen/api/core';
import type { ProfileResponse, SessionUser } from '@zusammen/shared/contracts';
import { CurrentSession, CurrentUser } from '../access/current-user.decorator';
import { headerValue, type SessionRequest } from '../access/session-request';
import type { ActiveSession } from '../session/session.service';
import { AccountLockedFilter } from '../sign-in/account-locked.filter';
import { ChangePasswordDto, UpdateProfileDto } from './profile.dto';
import { ProfileService } from './profile.service';

/** The signed-in user's own profile and password (PROFILE_ROUTES). */
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

  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @UseFilters(AccountLockedFilter)
  @ApiNoContentResponse({ description: 'Changed; every other session of the user is revoked.' })
  @ApiUnprocessableEntityResponse({
    description:
      'WRONG_PASSWORD (details.currentPassword), WEAK_PASSWORD (details.newPassword: TOO_SHORT | TOO_LONG | COMMON | CONTAINS_PERSONAL_DATA), VALIDATION_FAILED',
  })
  @ApiTooManyRequestsResponse({ description: 'ACCOUNT_LOCKED, with Retry-After' })
  changePassword(
    @CurrentSession() session: ActiveSession,
    @Body() body: ChangePasswordDto,
    @Req() request: SessionRequest,
  ): Promise<void> {
    return this.profiles.changePassword(session, body, {
      userAgent: headerValue(request, 'user-agent'),
      ip: request.ip,
    });
  }
}
