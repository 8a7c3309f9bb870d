import { Controller, Get, Header, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles, UuidParamDto } from '@zusammen/api/core';
import { CurrentUser } from '@zusammen/api/identity';
import type {
  NotificationHealthResponse,
  NotificationProblemItem,
  SessionUser,
} from '@zusammen/shared/contracts';
import {
  MailCheckResponseDto,
  NotificationHealthResponseDto,
  NotificationProblemItemDto,
} from './notification-staff-responses.dto';
import { NotificationStaffService } from './notification-staff.service';

/** NOTIFICATION_ROUTES.staff*: delivery problems, retry/cancel, queue health, the mail check. */
@ApiTags('staff notifications')
@Roles('staff', 'admin')
@Controller('staff/notifications')
export class NotificationStaffController {
  constructor(private readonly staff: NotificationStaffService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: NotificationProblemItemDto, isArray: true })
  listProblems(): Promise<NotificationProblemItem[]> {
    return this.staff.listProblems();
  }

  @Get('health')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: NotificationHealthResponseDto })
  health(): Promise<NotificationHealthResponse> {
    return this.staff.health();
  }

  @Post('mail-check')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: MailCheckResponseDto, description: 'Queued to the caller.' })
  sendMailCheck(@CurrentUser() user: SessionUser): Promise<MailCheckResponseDto> {
    return this.staff.sendMailCheck(user.id);
  }

  @Post(':id/retry')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Back to pending; the relay sends it again.' })
  @ApiNotFoundResponse({ description: 'NOTIFICATION_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOTIFICATION_STATE_CHANGED: it is not failed (any more).' })
  retry(@Param() { id }: UuidParamDto): Promise<void> {
    return this.staff.retry(id);
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Cancelled.' })
  @ApiNotFoundResponse({ description: 'NOTIFICATION_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOTIFICATION_STATE_CHANGED: already sent or cancelled.' })
  cancel(@Param() { id }: UuidParamDto): Promise<void> {
    return this.staff.cancel(id);
  }
}
