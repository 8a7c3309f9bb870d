import type { NotificationPayloads } from '@zusammen/shared/contracts';
import type { NotificationTemplate } from '../notification-template';
import { singleLine } from '../single-line';
import { WORKSHOP_MAIL_PATHS, workshopUrl } from '../workshop-mail';

type WorkshopLowStockPayload = NotificationPayloads['workshop-low-stock'];

/** To the workshop team: a part's stock fell below its reorder level. */
export const WORKSHOP_LOW_STOCK_TEMPLATE: NotificationTemplate<WorkshopLowStockPayload> = {
  preferencesLink: true,
  render: ({ t, payload, context }) => {
    const partName = singleLine(payload.partName);
    return {
      subject: t('workshop-low-stock.subject', { partName }),
      heading: t('workshop-low-stock.heading'),
      paragraphs: [
        t('workshop-low-stock.intro', {
          partName,
          sku: singleLine(payload.sku),
          onHand: payload.onHand,
          reorderLevel: payload.reorderLevel,
        }),
        t('workshop-low-stock.next'),
      ],
      action: {
        label: t('workshop-low-stock.action'),
        url: workshopUrl(context, WORKSHOP_MAIL_PATHS.parts),
      },
    };
  },
};
