import { CYCLE_TYPES, type CycleType, type NotificationPayloads } from '@zusammen/shared/contracts';
import { requiredInstant } from '../booking-mail';
import type { NotificationTemplate } from '../notification-template';
import { singleLine } from '../single-line';
import { WORKSHOP_MAIL_PATHS, workshopUrl } from '../workshop-mail';

type BikeOfferPayload = NotificationPayloads['bike-offer'];

function isCycleType(value: string): value is CycleType {
  return (CYCLE_TYPES as readonly string[]).includes(value);
}

/** To the head of the waiting list: a matching bike is reserved for them until `expiresAt`. */
export const BIKE_OFFER_TEMPLATE: NotificationTemplate<BikeOfferPayload> = {
  preferencesLink: true,
  render: ({ t, payload, context }) => {
    const expiresAt = requiredInstant('bike-offer', 'expiresAt', payload.expiresAt);
    // an unknown code (a payload from a newer version) is shown as it is
    const cycleType = isCycleType(payload.cycleType)
      ? t(`bike-common.cycleType.${payload.cycleType}`)
      : singleLine(payload.cycleType);
    return {
      subject: t('bike-offer.subject'),
      heading: t('bike-offer.heading'),
      paragraphs: [
        t('bike-offer.intro'),
        t('bike-offer.bike', { inventoryNo: singleLine(payload.inventoryNo), cycleType }),
        t('bike-offer.expires', { expiresAt }),
        t('bike-offer.next'),
      ],
      action: {
        label: t('bike-common.myBike'),
        url: workshopUrl(context, WORKSHOP_MAIL_PATHS.myBike),
      },
    };
  },
};
