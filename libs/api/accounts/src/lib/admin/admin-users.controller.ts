import { UserNotFoundException } from './admin-user.exception';
import { Acting, type ActingUser, type CookieReply } from '@zusammen/api/identity';
import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles, UuidOr404Pipe } from '@zusammen/api/core';
import type { PersonalDataExport, UserDetail, UserListResponse } from '@zusammen/shared/contracts';
import { AccountErasureService } from '../privacy/account-erasure.service';
import { exportFileName, PersonalDataExportService } from '../privacy/personal-data-export.service';
import { CreateUserDto, UpdateRolesDto, UserListQueryDto } from './admin-users.dto';
import { AdminUsersService } from './admin-users.service';

/** A malformed id answers like an unknown one. */
const USER_ID = new UuidOr404Pipe(() => new UserNotFoundException());

/** Admin user management (ADMIN_USER_ROUTES). Unknown or malformed ids: 404 NOT_FOUND. */
@ApiTags('admin')
@Controller('admin/users')
@Roles('admin')
export class AdminUsersController {
  constructor(
    private readonly users: AdminUsersService,
    private readonly exports: PersonalDataExportService,
    private readonly erasure: AccountErasureService,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'UserListResponse, by display name then id; keyset cursor.' })
  list(@Query() query: UserListQueryDto): Promise<UserListResponse> {
    return this.users.list(query);
  }

  @Post()
  @ApiCreatedResponse({ description: 'UserDetail; the invitation mail is on its way.' })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN' })
  create(@Acting() actor: ActingUser, @Body() body: CreateUserDto): Promise<UserDetail> {
    return this.users.create(actor, body);
  }

  @Get(':id')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'UserDetail; the view is recorded as user.viewed.' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  detail(@Acting() actor: ActingUser, @Param('id', USER_ID) id: string): Promise<UserDetail> {
    return this.users.detail(actor, id);
  }

  @Put(':id/roles')
  @ApiOkResponse({ description: 'UserDetail with the new roles.' })
  @ApiConflictResponse({ description: 'SELF_CHANGE_FORBIDDEN, LAST_ADMIN, ACCOUNT_ERASED' })
  updateRoles(
    @Acting() actor: ActingUser,
    @Param('id', USER_ID) id: string,
    @Body() body: UpdateRolesDto,
  ): Promise<UserDetail> {
    return this.users.updateRoles(actor, id, body.roles);
  }

  @Post(':id/deactivate')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'UserDetail; every session was revoked at once.' })
  @ApiConflictResponse({ description: 'SELF_CHANGE_FORBIDDEN, LAST_ADMIN, ACCOUNT_ERASED' })
  deactivate(@Acting() actor: ActingUser, @Param('id', USER_ID) id: string): Promise<UserDetail> {
    return this.users.deactivate(actor, id);
  }

  @Post(':id/reactivate')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'UserDetail.' })
  @ApiConflictResponse({ description: 'ACCOUNT_ERASED' })
  reactivate(@Acting() actor: ActingUser, @Param('id', USER_ID) id: string): Promise<UserDetail> {
    return this.users.reactivate(actor, id);
  }

  @Post(':id/sessions/revoke')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Every session of the user ended.' })
  @ApiConflictResponse({ description: 'ACCOUNT_ERASED' })
  revokeSessions(@Acting() actor: ActingUser, @Param('id', USER_ID) id: string): Promise<void> {
    return this.users.revokeSessions(actor, id);
  }

  @Get(':id/data-export')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'PersonalDataExport as a JSON download (Art. 15 on request).' })
  async dataExport(
    @Acting() actor: ActingUser,
    @Param('id', USER_ID) id: string,
    @Res({ passthrough: true }) reply: CookieReply,
  ): Promise<PersonalDataExport> {
    const data = await this.exports.exportFor(actor, id);
    reply.header(
      'content-disposition',
      `attachment; filename="${exportFileName(data.exportedAt)}"`,
    );
    return data;
  }

  @Post(':id/erase')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Erased (Art. 17 on request).' })
  @ApiConflictResponse({ description: 'SELF_CHANGE_FORBIDDEN, LAST_ADMIN, ACCOUNT_ERASED' })
  erase(@Acting() actor: ActingUser, @Param('id', USER_ID) id: string): Promise<void> {
    return this.erasure.eraseFor(actor, id);
  }
}
