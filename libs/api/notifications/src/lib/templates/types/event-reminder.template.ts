import type { NotificationPayloads } from '@zusammen/shared/contracts';
import {
  BOOKING_MAIL_PATHS,
  bookingUrl,
  eventTitle,
  occurrenceCalendarEvent,
  requiredInstant,
  roomText,
  whenText,
} from '../booking-mail';
import type { NotificationTemplate } from '../notification-template';

type ReminderPayload = NotificationPayloads['event-reminder'];

/** 24 hours before the date, to everyone registered: when, where, how many, how to cancel; the date as `.ics`. */
export const EVENT_REMINDER_TEMPLATE: NotificationTemplate<ReminderPayload> = {
  preferencesLink: true,
  render: ({ t, payload, context, locale }) => {
    const startsAt = requiredInstant('event-reminder', 'startsAt', payload.startsAt);
    const endsAt = requiredInstant('event-reminder', 'endsAt', payload.endsAt);
    const title = eventTitle(payload.eventTitle, locale, t);
    return {
      subject: t('event-reminder.subject', { title, startsAt }),
      heading: t('event-reminder.heading'),
      paragraphs: [
        t('event-reminder.intro', { title }),
        whenText(t, startsAt, endsAt),
        t('event-common.where', { room: roomText(payload.roomName) }),
        t('event-common.partySize', { count: payload.partySize }),
        t('event-common.cancelHint'),
        t('event-common.calendar'),
      ],
      action: {
        label: t('event-common.myDates'),
        url: bookingUrl(context, BOOKING_MAIL_PATHS.myDates),
      },
      calendarEvent: occurrenceCalendarEvent({
        occurrenceId: payload.occurrenceId,
        title,
        roomName: payload.roomName,
        startsAt,
        endsAt,
        context,
      }),
    };
  },
};
