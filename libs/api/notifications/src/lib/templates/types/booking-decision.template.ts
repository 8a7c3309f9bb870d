import type { NotificationPayloads } from '@zusammen/shared/contracts';
import {
  BOOKING_MAIL_PATHS,
  bookingUrl,
  requiredInstant,
  roomText,
  whenText,
} from '../booking-mail';
import type { NotificationTemplate } from '../notification-template';

type BookingDecisionPayload = NotificationPayloads['booking-decision'];

/**
 * To the organizer: the house manager confirmed or rejected a booking request (one date, or every pending date of a
 * series). A rejection reason is free text and stays in the app; the mail only says that there is one.
 */
export const BOOKING_DECISION_TEMPLATE: NotificationTemplate<BookingDecisionPayload> = {
  preferencesLink: true,
  render: ({ t, payload, context }) => {
    const startsAt = requiredInstant('booking-decision', 'startsAt', payload.startsAt);
    const endsAt = requiredInstant('booking-decision', 'endsAt', payload.endsAt);
    const room = roomText(payload.roomName);
    const confirmed = payload.decision === 'confirmed';
    const dates =
      payload.dateCount > 1
        ? t('booking-decision.series', { count: payload.dateCount, startsAt, endsAt })
        : whenText(t, startsAt, endsAt);
    const paragraphs = confirmed
      ? [
          t('booking-decision.confirmed.intro', { room }),
          dates,
          t('booking-decision.confirmed.next'),
        ]
      : [
          t('booking-decision.rejected.intro', { room }),
          dates,
          ...(payload.reasonGiven ? [t('booking-decision.reasonGiven')] : []),
          t('booking-decision.rejected.next'),
        ];
    return {
      subject: confirmed
        ? t('booking-decision.confirmed.subject', { room })
        : t('booking-decision.rejected.subject', { room }),
      heading: confirmed
        ? t('booking-decision.confirmed.heading')
        : t('booking-decision.rejected.heading'),
      paragraphs,
      action: {
        label: t('booking-decision.action'),
        url: bookingUrl(context, BOOKING_MAIL_PATHS.rooms),
      },
    };
  },
};
