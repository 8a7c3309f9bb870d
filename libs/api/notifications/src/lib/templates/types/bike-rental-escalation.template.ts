import type { NotificationPayloads } from '@zusammen/shared/contracts';
import type { NotificationTemplate } from '../notification-template';
import { singleLine } from '../single-line';
import { requiredCalendarDate, WORKSHOP_MAIL_PATHS, workshopUrl } from '../workshop-mail';

type BikeRentalEscalationPayload = NotificationPayloads['bike-rental-escalation'];

/** To the workshop team (`call`, + 7 days) or to staff (`write_off`, + 30 days): an overdue rental needs a person. */
export const BIKE_RENTAL_ESCALATION_TEMPLATE: NotificationTemplate<BikeRentalEscalationPayload> = {
  preferencesLink: true,
  render: ({ t, payload, context }) => {
    const dueOn = requiredCalendarDate('bike-rental-escalation', 'dueOn', payload.dueOn);
    const inventoryNo = singleLine(payload.inventoryNo);
    const days = payload.days;
    const stage = payload.stage;
    return {
      subject: t(`bike-rental-escalation.${stage}.subject`, { inventoryNo, days }),
      heading: t(`bike-rental-escalation.${stage}.heading`),
      paragraphs: [
        t('bike-rental-escalation.intro', { inventoryNo, dueOn, days }),
        t(`bike-rental-escalation.${stage}.next`),
      ],
      action: {
        label: t('bike-rental-escalation.action'),
        url: workshopUrl(context, WORKSHOP_MAIL_PATHS.overdueRentals),
      },
    };
  },
};
