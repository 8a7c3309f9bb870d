import type { NotificationPayloads } from '@zusammen/shared/contracts';
import type { NotificationTemplate } from '../notification-template';
import { singleLine } from '../single-line';
import { requiredCalendarDate, WORKSHOP_MAIL_PATHS, workshopUrl } from '../workshop-mail';

type BikeRentalReminderPayload = NotificationPayloads['bike-rental-reminder'];

/** To the borrower: due in two days, overdue since yesterday, or still not back three days later. */
export const BIKE_RENTAL_REMINDER_TEMPLATE: NotificationTemplate<BikeRentalReminderPayload> = {
  preferencesLink: true,
  render: ({ t, payload, context }) => {
    const dueOn = requiredCalendarDate('bike-rental-reminder', 'dueOn', payload.dueOn);
    const inventoryNo = singleLine(payload.inventoryNo);
    const stage = payload.stage;
    return {
      subject: t(`bike-rental-reminder.${stage}.subject`, { inventoryNo, dueOn }),
      heading: t(`bike-rental-reminder.${stage}.heading`),
      paragraphs: [
        t(`bike-rental-reminder.${stage}.intro`, { inventoryNo, dueOn }),
        t('bike-rental-reminder.extend'),
        t('bike-rental-reminder.problem'),
      ],
      action: {
        label: t('bike-common.myBike'),
        url: workshopUrl(context, WORKSHOP_MAIL_PATHS.myBike),
      },
    };
  },
};
