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

type RegistrationPayload = NotificationPayloads['registration-confirmed'];

/**
 * To the person registered (or registered by the front desk): confirmed, requested (the organizer still decides) or
 * on the waiting list with the position. A registration, confirmed or requested, carries the date as `.ics`.
 */
export const REGISTRATION_CONFIRMED_TEMPLATE: NotificationTemplate<RegistrationPayload> = {
  preferencesLink: true,
  render: ({ t, payload, context, locale }) => {
    const startsAt = requiredInstant('registration-confirmed', 'startsAt', payload.startsAt);
    const endsAt = requiredInstant('registration-confirmed', 'endsAt', payload.endsAt);
    const title = eventTitle(payload.eventTitle, locale, t);
    const room = roomText(payload.roomName);
    const details = [
      whenText(t, startsAt, endsAt),
      t('event-common.where', { room }),
      t('event-common.partySize', { count: payload.partySize }),
    ];
    const action = {
      label: t('event-common.myDates'),
      url: bookingUrl(context, BOOKING_MAIL_PATHS.myDates),
    };

    if (payload.outcome === 'waitlisted') {
      return {
        subject: t('registration-confirmed.waitlisted.subject', { title }),
        heading: t('registration-confirmed.waitlisted.heading'),
        paragraphs: [
          t('registration-confirmed.waitlisted.intro', { title }),
          ...details,
          ...(payload.position !== null && payload.position > 0
            ? [t('registration-confirmed.position', { position: payload.position })]
            : []),
          t('registration-confirmed.waitlisted.next'),
        ],
        action,
      };
    }

    const outcome = payload.outcome;
    return {
      subject: t(`registration-confirmed.${outcome}.subject`, { title }),
      heading: t(`registration-confirmed.${outcome}.heading`),
      paragraphs: [
        t(`registration-confirmed.${outcome}.intro`, { title }),
        ...details,
        t('event-common.cancelHint'),
        t('event-common.calendar'),
      ],
      action,
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
