import type { NotificationPayloads } from '@zusammen/shared/contracts';
import type { NotificationTemplate } from '../notification-template';
import { singleLine } from '../single-line';
import { requiredCalendarDate, WORKSHOP_MAIL_PATHS, workshopUrl } from '../workshop-mail';

type BikeInspectionExpiringPayload = NotificationPayloads['bike-inspection-expiring'];

/** To the borrower: the safety inspection of the bike they have runs out on `validUntil`. */
export const BIKE_INSPECTION_EXPIRING_TEMPLATE: NotificationTemplate<BikeInspectionExpiringPayload> =
  {
    preferencesLink: true,
    render: ({ t, payload, context }) => {
      const validUntil = requiredCalendarDate(
        'bike-inspection-expiring',
        'validUntil',
        payload.validUntil,
      );
      const inventoryNo = singleLine(payload.inventoryNo);
      return {
        subject: t('bike-inspection-expiring.subject', { inventoryNo }),
        heading: t('bike-inspection-expiring.heading'),
        paragraphs: [
          t('bike-inspection-expiring.intro', { inventoryNo, validUntil }),
          t('bike-inspection-expiring.next'),
        ],
        action: {
          label: t('bike-common.myBike'),
          url: workshopUrl(context, WORKSHOP_MAIL_PATHS.myBike),
        },
      };
    },
  };
