import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Authenticated, CurrentUser, Public } from '@zusammen/api/identity';
import type { CalendarFeedSummary, SessionUser } from '@zusammen/shared/contracts';
import { CreateCalendarFeedDto, PublicFeedQueryDto } from './calendar-feed.dto';
import { CalendarFeedNotFoundException } from './calendar-feed.exception';
import { CalendarFeedsService } from './calendar-feeds.service';
import { FEED_CONTENT_TYPE } from './feed-calendar';

/** The part of Fastify's reply the feeds set (fastify itself is not a direct dependency). */
interface HeaderReply {
  header(name: string, value: string): unknown;
}

const FEED_ID = new UuidOr404Pipe(() => new CalendarFeedNotFoundException());

/** The public feed may be cached by anyone for a while; secret feeds only by the subscriber, never stored. */
const PUBLIC_CACHE = 'public, max-age=900';
const PRIVATE_CACHE = 'private, no-store';

function sendCalendar(reply: HeaderReply, cacheControl: string, fileName: string): void {
  reply.header('content-type', FEED_CONTENT_TYPE);
  reply.header('cache-control', cacheControl);
  reply.header('content-disposition', `inline; filename="${fileName}"`);
}

/** iCalendar feeds (CALENDAR_FEED_ROUTES): the public programme and secret-token subscriptions. */
@ApiTags('calendar')
@Controller('calendar')
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get('public.ics')
  @Public()
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description:
      'Public events’ dates (no names), titles in ?lang= (German where missing); series as RRULE + EXDATE.',
  })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED: lang not de|en|ar|fa|uk' })
  async publicFeed(
    @Query() query: PublicFeedQueryDto,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<string> {
    const body = await this.feeds.publicFeed(query.lang);
    sendCalendar(reply, PUBLIC_CACHE, 'haus-der-begegnung.ics');
    return body;
  }

  @Get('feeds')
  @Authenticated()
  @ApiOkResponse({
    description: 'CalendarFeedSummary[]: the caller’s active feeds (without URLs).',
  })
  list(@CurrentUser() user: SessionUser): Promise<CalendarFeedSummary[]> {
    return this.feeds.list(user);
  }

  @Post('feeds')
  @Authenticated()
  @ApiCreatedResponse({
    description: 'CalendarFeedSummary with the secret `url` (shown this once).',
  })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: room feeds are for staff' })
  @ApiNotFoundResponse({ description: 'ROOM_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED' })
  create(
    @CurrentUser() user: SessionUser,
    @Body() body: CreateCalendarFeedDto,
  ): Promise<CalendarFeedSummary> {
    return this.feeds.create(user, body);
  }

  @Delete('feeds/:id')
  @Authenticated()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Revoked: the URL stops working at once.' })
  @ApiNotFoundResponse({ description: 'CALENDAR_FEED_NOT_FOUND (also another person’s feed)' })
  revoke(@CurrentUser() user: SessionUser, @Param('id', FEED_ID) id: string): Promise<void> {
    return this.feeds.revoke(user, id);
  }

  /** The secret token is the key: no session needed, so calendar apps can subscribe. */
  @Get('feeds/:token')
  @Public()
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'A personal or room feed (`.ics` suffix accepted).' })
  @ApiNotFoundResponse({ description: 'CALENDAR_FEED_NOT_FOUND: unknown or revoked token' })
  async tokenFeed(
    @Param('token') token: string,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<string> {
    const feed = await this.feeds.tokenFeed(token);
    sendCalendar(reply, PRIVATE_CACHE, 'termine.ics');
    reply.header('x-robots-tag', 'noindex');
    reply.header('referrer-policy', 'no-referrer');
    return feed.body;
  }
}
