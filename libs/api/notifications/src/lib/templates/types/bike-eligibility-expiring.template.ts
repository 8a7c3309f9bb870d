import type { NotificationPayloads } from '@zusammen/shared/contracts';
import type { NotificationTemplate } from '../notification-template';
import { requiredCalendarDate, WORKSHOP_MAIL_PATHS, workshopUrl } from '../workshop-mail';

type BikeEligibilityExpiringPayload = NotificationPayloads['bike-eligibility-expiring'];

/** To the borrower, 30 days ahead: the recorded eligibility ends on `validUntil`. */
export const BIKE_ELIGIBILITY_EXPIRING_TEMPLATE: NotificationTemplate<BikeEligibilityExpiringPayload> =
  {
    preferencesLink: true,
    render: ({ t, payload, context }) => {
      const validUntil = requiredCalendarDate(
        'bike-eligibility-expiring',
        'validUntil',
        payload.validUntil,
      );
      return {
        subject: t('bike-eligibility-expiring.subject', { validUntil }),
        heading: t('bike-eligibility-expiring.heading'),
        paragraphs: [
          t('bike-eligibility-expiring.intro', { validUntil }),
          t('bike-eligibility-expiring.next'),
          t('bike-eligibility-expiring.consequence'),
        ],
        action: {
          label: t('bike-common.myBike'),
          url: workshopUrl(context, WORKSHOP_MAIL_PATHS.myBike),
        },
      };
    },
  };
