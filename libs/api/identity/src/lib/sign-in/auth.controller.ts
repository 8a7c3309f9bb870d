import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Post,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Authenticated, Public } from '@zusammen/api/core';
import type { SessionResponse } from '@zusammen/shared/contracts';
import { CsrfExempt } from '../access/csrf-exempt.decorator';
import { CurrentSession } from '../access/current-user.decorator';
import { headerValue, type CookieReply, type SessionRequest } from '../access/session-request';
import { SessionCookies } from '../http/session-cookies';
import type { ActiveSession } from '../session/session.service';
import { AccountLockedFilter } from './account-locked.filter';
import { SignInDto } from './sign-in.dto';
import { SignInService } from './sign-in.service';

/** Session API (AUTH_ROUTES): sign in, sign out, who am I. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIns: SignInService,
    private readonly cookies: SessionCookies,
  ) {}

  @Post('sign-in')
  @Public()
  @CsrfExempt()
  @HttpCode(HttpStatus.OK)
  @Header('Cache-Control', 'no-store')
  @UseFilters(AccountLockedFilter)
  @ApiOkResponse({ description: 'Signed in: sets the zl_session and zl_csrf cookies.' })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS' })
  @ApiForbiddenResponse({ description: 'EMAIL_NOT_VERIFIED (only after the right password)' })
  @ApiTooManyRequestsResponse({ description: 'ACCOUNT_LOCKED, with Retry-After' })
  async signIn(
    @Body() body: SignInDto,
    @Req() request: SessionRequest,
    @Res({ passthrough: true }) reply: CookieReply,
    @CurrentSession() previous: ActiveSession | undefined,
  ): Promise<SessionResponse> {
    const { issued, response } = await this.signIns.signIn(
      body,
      { userAgent: headerValue(request, 'user-agent'), ip: request.ip },
      previous,
    );
    reply.header('set-cookie', this.cookies.issue(issued));
    return response;
  }

  /** Public so an expired session can still clear its cookies; a live session needs the CSRF header. */
  @Post('sign-out')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Session revoked (if any) and cookies cleared.' })
  async signOut(
    @CurrentSession() session: ActiveSession | undefined,
    @Res({ passthrough: true }) reply: CookieReply,
  ): Promise<void> {
    await this.signIns.signOut(session);
    reply.header('set-cookie', this.cookies.clear());
  }

  @Get('session')
  @Authenticated()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'The signed-in user and the absolute end of the session.' })
  @ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED' })
  session(@CurrentSession() session: ActiveSession): SessionResponse {
    return this.signIns.toSessionResponse(session);
  }
}
