import { Body, Controller, HttpCode, HttpStatus, Post, Req, UseFilters } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  Authenticated,
  CurrentSession,
  AccountLockedFilter,
  type ActiveSession,
  type SessionRequest,
} from '@zusammen/api/identity';
import { ChangePasswordDto } from './account-requests.dto';
import { PasswordChangeService } from './password-change.service';
import { requestContextOf } from './request-context';

/** The signed-in user's own password (PROFILE_ROUTES.password); the profile itself is in identity. */
@ApiTags('me')
@Controller('me')
@Authenticated()
export class PasswordController {
  constructor(private readonly passwords: PasswordChangeService) {}

  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @UseFilters(AccountLockedFilter)
  @ApiNoContentResponse({
    description: 'Changed; every other session of the user is revoked, a notice is sent.',
  })
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
    return this.passwords.changePassword(session, body, requestContextOf(request));
  }
}
