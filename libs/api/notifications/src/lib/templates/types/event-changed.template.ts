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

type ChangedPayload = NotificationPayloads['event-changed'];

/**
 * The date moved (time or room), to everyone registered or waiting: the old start, the new time and room. The `.ics`
 * has the occurrence's UID and a higher SEQUENCE, so calendars move the entry they already have.
 */
export const EVENT_CHANGED_TEMPLATE: NotificationTemplate<ChangedPayload> = {
  preferencesLink: true,
  render: ({ t, payload, context, locale }) => {
    const startsAt = requiredInstant('event-changed', 'startsAt', payload.startsAt);
    const endsAt = requiredInstant('event-changed', 'endsAt', payload.endsAt);
    const previousStartsAt = requiredInstant(
      'event-changed',
      'previousStartsAt',
      payload.previousStartsAt,
    );
    const title = eventTitle(payload.eventTitle, locale, t);
    const timeMoved = previousStartsAt.getTime() !== startsAt.getTime();
    return {
      subject: t('event-changed.subject', { title }),
      heading: t('event-changed.heading'),
      paragraphs: [
        t('event-changed.intro', { title }),
        ...(timeMoved ? [t('event-changed.previous', { previousStartsAt })] : []),
        whenText(t, startsAt, endsAt),
        t('event-common.where', { room: roomText(payload.roomName) }),
        t('event-changed.next'),
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
