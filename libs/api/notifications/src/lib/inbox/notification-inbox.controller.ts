import { Controller, Get, Header, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, UuidParamDto } from '@zusammen/api/core';
import { CurrentUser } from '@zusammen/api/identity';
import type {
  NotificationListResponse,
  SessionUser,
  UnreadCountResponse,
} from '@zusammen/shared/contracts';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationListQueryDto } from './notification-list-query.dto';
import { NotificationListResponseDto, UnreadCountResponseDto } from './notification-responses.dto';

/** NOTIFICATION_ROUTES.mine / unreadCount / readAll: the signed-in user's own notifications. */
@ApiTags('notifications')
@Authenticated()
@Controller('notifications')
export class NotificationInboxController {
  constructor(private readonly inbox: NotificationInboxService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: NotificationListResponseDto, description: 'Newest first, keyset pages.' })
  list(
    @CurrentUser() user: SessionUser,
    @Query() query: NotificationListQueryDto,
  ): Promise<NotificationListResponse> {
    return this.inbox.list(user.id, query);
  }

  @Get('unread-count')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: UnreadCountResponseDto })
  async unreadCount(@CurrentUser() user: SessionUser): Promise<UnreadCountResponse> {
    return { unread: await this.inbox.unreadCount(user.id) };
  }

  @Post('read-all')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Every own notification is read.' })
  markAllRead(@CurrentUser() user: SessionUser): Promise<void> {
    return this.inbox.markAllRead(user.id);
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Read (idempotent).' })
  @ApiNotFoundResponse({ description: 'NOTIFICATION_NOT_FOUND (also for other users’ ids)' })
  markRead(@CurrentUser() user: SessionUser, @Param() { id }: UuidParamDto): Promise<void> {
    return this.inbox.markRead(user.id, id);
  }
}
