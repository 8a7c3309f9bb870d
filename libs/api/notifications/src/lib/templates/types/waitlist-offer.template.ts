import type { NotificationPayloads } from '@zusammen/shared/contracts';
import {
  BOOKING_MAIL_PATHS,
  bookingUrl,
  eventTitle,
  requiredInstant,
  roomText,
  whenText,
} from '../booking-mail';
import type { NotificationTemplate } from '../notification-template';

type WaitlistOfferPayload = NotificationPayloads['waitlist-offer'];

/**
 * To the head of the waiting list: seats are held until `expiresAt`. Accepting and declining happen in the app
 * (signed in), so the mail carries no token; without an answer the seats go to the next person.
 */
export const WAITLIST_OFFER_TEMPLATE: NotificationTemplate<WaitlistOfferPayload> = {
  preferencesLink: true,
  render: ({ t, payload, context, locale }) => {
    const startsAt = requiredInstant('waitlist-offer', 'startsAt', payload.startsAt);
    const endsAt = requiredInstant('waitlist-offer', 'endsAt', payload.endsAt);
    const expiresAt = requiredInstant('waitlist-offer', 'expiresAt', payload.expiresAt);
    const title = eventTitle(payload.eventTitle, locale, t);
    const seats = payload.offeredSeats;
    return {
      subject: t('waitlist-offer.subject', { seats, title }),
      heading: t('waitlist-offer.heading', { seats }),
      paragraphs: [
        t('waitlist-offer.intro', { seats, title }),
        whenText(t, startsAt, endsAt),
        t('event-common.where', { room: roomText(payload.roomName) }),
        t('waitlist-offer.expires', { seats, expiresAt }),
        t('waitlist-offer.next'),
      ],
      action: {
        label: t('waitlist-offer.action'),
        url: bookingUrl(context, BOOKING_MAIL_PATHS.myDates),
      },
    };
  },
};
