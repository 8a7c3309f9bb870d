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
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '@zusammen/api/core';
import {
  AccountLockedFilter,
  Acting,
  type ActingUser,
  type CookieReply,
  SessionCookies,
  type SessionRequest,
} from '@zusammen/api/identity';
import type { PersonalDataExport } from '@zusammen/shared/contracts';
import { AccountErasureService } from './account-erasure.service';
import { EraseAccountDto } from './erase-account.dto';
import { exportFileName, PersonalDataExportService } from './personal-data-export.service';

/** The signed-in person's DSGVO rights (PRIVACY_ROUTES): access (Art. 15) and erasure (Art. 17). */
@ApiTags('me')
@Controller('me')
@Authenticated()
export class PrivacyController {
  constructor(
    private readonly exports: PersonalDataExportService,
    private readonly erasure: AccountErasureService,
    private readonly cookies: SessionCookies,
  ) {}

  @Get('data-export')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'PersonalDataExport as a JSON download.' })
  async dataExport(
    @Acting() actor: ActingUser,
    @Res({ passthrough: true }) reply: CookieReply,
  ): Promise<PersonalDataExport> {
    const data = await this.exports.exportOwn(actor);
    reply.header(
      'content-disposition',
      `attachment; filename="${exportFileName(data.exportedAt)}"`,
    );
    return data;
  }

  @Post('account/erase')
  @HttpCode(HttpStatus.NO_CONTENT)
  @UseFilters(AccountLockedFilter)
  @ApiNoContentResponse({ description: 'Erased; the session ends and its cookies are cleared.' })
  @ApiUnprocessableEntityResponse({
    description: 'WRONG_PASSWORD (details.password), VALIDATION_FAILED',
  })
  @ApiTooManyRequestsResponse({ description: 'ACCOUNT_LOCKED, with Retry-After' })
  async eraseAccount(
    @Acting() actor: ActingUser,
    @Body() body: EraseAccountDto,
    @Req() request: SessionRequest,
    @Res({ passthrough: true }) reply: CookieReply,
  ): Promise<void> {
    await this.erasure.eraseOwn(actor, body, request.ip);
    reply.header('set-cookie', this.cookies.clear());
  }
}
