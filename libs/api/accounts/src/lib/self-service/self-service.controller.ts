import {
  Body,
  Controller,
  Header,
  HttpCode,
  HttpStatus,
  Post,
  Req,
  UseFilters,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  CsrfExempt,
  Public,
  AccountLockedFilter,
  type SessionRequest,
} from '@zusammen/api/identity';
import type { VerifyEmailResponse } from '@zusammen/shared/contracts';
import { ConfirmPasswordResetDto, EmailDto, SignUpDto, TokenDto } from './account-requests.dto';
import { PasswordResetService } from './password-reset.service';
import { requestContextOf } from './request-context';
import { SignUpService } from './sign-up.service';

const ACCEPTED = 'Accepted. The same answer whether or not the address has an account.';
const WEAK_PASSWORD =
  'WEAK_PASSWORD (details.<field>: TOO_SHORT | TOO_LONG | COMMON | CONTAINS_PERSONAL_DATA), VALIDATION_FAILED';

/** Self-service account routes (ACCOUNT_ROUTES): sign-up, address verification, password reset. All public. */
@ApiTags('auth')
@Controller('auth')
@Public()
export class SelfServiceController {
  constructor(
    private readonly signUps: SignUpService,
    private readonly resets: PasswordResetService,
  ) {}

  /** CSRF-exempt like sign-in: called before the browser has a CSRF token (see csrf-exempt.decorator.ts). */
  @Post('sign-up')
  @CsrfExempt()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: ACCEPTED })
  @ApiUnprocessableEntityResponse({ description: WEAK_PASSWORD })
  signUp(@Body() body: SignUpDto, @Req() request: SessionRequest): Promise<void> {
    return this.signUps.signUp(body, requestContextOf(request));
  }

  /** CSRF-exempt: the link may be opened in a browser that is signed in (with another account) elsewhere. */
  @Post('verify-email')
  @CsrfExempt()
  @HttpCode(HttpStatus.OK)
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'The address is verified; its value, to offer signing in.' })
  @ApiBadRequestResponse({ description: 'TOKEN_INVALID, TOKEN_EXPIRED' })
  verifyEmail(
    @Body() body: TokenDto,
    @Req() request: SessionRequest,
  ): Promise<VerifyEmailResponse> {
    return this.signUps.verifyEmail(body.token, requestContextOf(request));
  }

  @Post('verify-email/resend')
  @HttpCode(HttpStatus.ACCEPTED)
  @UseFilters(AccountLockedFilter)
  @ApiAcceptedResponse({ description: ACCEPTED })
  @ApiTooManyRequestsResponse({
    description: 'TOO_MANY_REQUESTS from this client, with Retry-After',
  })
  resendVerification(@Body() body: EmailDto, @Req() request: SessionRequest): Promise<void> {
    return this.signUps.resendVerification(body.email, requestContextOf(request));
  }

  @Post('password-reset')
  @HttpCode(HttpStatus.ACCEPTED)
  @UseFilters(AccountLockedFilter)
  @ApiAcceptedResponse({ description: ACCEPTED })
  @ApiTooManyRequestsResponse({
    description: 'TOO_MANY_REQUESTS from this client, with Retry-After',
  })
  requestPasswordReset(@Body() body: EmailDto, @Req() request: SessionRequest): Promise<void> {
    return this.resets.requestReset(body.email, requestContextOf(request));
  }

  @Post('password-reset/confirm')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description: 'New password set; every session of the account is revoked.',
  })
  @ApiBadRequestResponse({ description: 'TOKEN_INVALID, TOKEN_EXPIRED' })
  @ApiUnprocessableEntityResponse({ description: WEAK_PASSWORD })
  confirmPasswordReset(
    @Body() body: ConfirmPasswordResetDto,
    @Req() request: SessionRequest,
  ): Promise<void> {
    return this.resets.confirmReset(body, requestContextOf(request));
  }
}
