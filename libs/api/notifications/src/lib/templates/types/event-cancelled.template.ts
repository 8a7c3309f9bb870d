import type { NotificationPayloads } from '@zusammen/shared/contracts';
import { BOOKING_MAIL_PATHS, bookingUrl, eventTitle, requiredInstant } from '../booking-mail';
import type { NotificationTemplate } from '../notification-template';

type CancelledPayload = NotificationPayloads['event-cancelled'];

/**
 * The date is cancelled (by the organizer, or because too few registered), to everyone registered or waiting; points
 * to the programme. No `.ics`: the calendar attachment only writes METHOD:REQUEST, and a cancellation needs CANCEL.
 */
export const EVENT_CANCELLED_TEMPLATE: NotificationTemplate<CancelledPayload> = {
  preferencesLink: true,
  render: ({ t, payload, context, locale }) => {
    const startsAt = requiredInstant('event-cancelled', 'startsAt', payload.startsAt);
    const title = eventTitle(payload.eventTitle, locale, t);
    return {
      subject: t('event-cancelled.subject', { title, startsAt }),
      heading: t('event-cancelled.heading'),
      paragraphs: [
        payload.reason === 'min_not_reached'
          ? t('event-cancelled.minNotReached', { title, startsAt })
          : t('event-cancelled.organizer', { title, startsAt }),
        t('event-cancelled.next'),
        t('event-cancelled.more'),
      ],
      action: {
        label: t('event-cancelled.action'),
        url: bookingUrl(context, BOOKING_MAIL_PATHS.programme),
      },
    };
  },
};
