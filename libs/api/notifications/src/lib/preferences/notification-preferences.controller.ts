import { Body, Controller, Get, Header, Put } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '@zusammen/api/core';
import { CurrentUser } from '@zusammen/api/identity';
import type { NotificationPreferencesResponse, SessionUser } from '@zusammen/shared/contracts';
import {
  NotificationPreferencesResponseDto,
  UpdateNotificationPreferencesDto,
} from './notification-preferences.dto';
import { NotificationPreferencesService } from './notification-preferences.service';

/** NOTIFICATION_ROUTES.preferences: the signed-in user's email switches per optional category. */
@ApiTags('me')
@Authenticated()
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: NotificationPreferencesResponseDto })
  @ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED' })
  get(@CurrentUser() user: SessionUser): Promise<NotificationPreferencesResponse> {
    return this.preferences.get(user.id);
  }

  @Put()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: NotificationPreferencesResponseDto, description: 'The new state.' })
  @ApiUnprocessableEntityResponse({
    description: 'VALIDATION_FAILED (unknown category, a value that is not true/false)',
  })
  update(
    @CurrentUser() user: SessionUser,
    @Body() body: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesResponse> {
    return this.preferences.update(user.id, body);
  }
}
