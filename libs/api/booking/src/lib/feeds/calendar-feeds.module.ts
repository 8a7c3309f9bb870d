import { Module } from '@nestjs/common';
import { CalendarFeedErasure, CalendarFeedPersonalData } from './calendar-feed-personal-data';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsService } from './calendar-feeds.service';

/**
 * iCalendar feeds: GET /api/calendar/public.ics (public programme), GET /api/calendar/feeds/:token (secret
 * personal or room feed), and the signed-in user's own feeds (list, create, revoke) under /api/calendar/feeds.
 */
@Module({
  controllers: [CalendarFeedsController],
  providers: [CalendarFeedsService, CalendarFeedPersonalData, CalendarFeedErasure],
})
export class CalendarFeedsModule {}
