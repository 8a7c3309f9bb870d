import type { NotificationPayloads } from '@zusammen/shared/contracts';
import type { NotificationTemplate } from '../notification-template';
import { singleLine } from '../single-line';
import { requiredCalendarDate, WORKSHOP_MAIL_PATHS, workshopUrl } from '../workshop-mail';

type DamageClaimDeadlinePayload = NotificationPayloads['damage-claim-deadline'];

/** To the workshop team: an open damage case's § 548 BGB deadline is two months (or one month) away. */
export const DAMAGE_CLAIM_DEADLINE_TEMPLATE: NotificationTemplate<DamageClaimDeadlinePayload> = {
  preferencesLink: true,
  render: ({ t, payload, context }) => {
    const claimDeadline = requiredCalendarDate(
      'damage-claim-deadline',
      'claimDeadline',
      payload.claimDeadline,
    );
    const inventoryNo = singleLine(payload.inventoryNo);
    return {
      subject: t('damage-claim-deadline.subject', { inventoryNo, claimDeadline }),
      heading: t('damage-claim-deadline.heading'),
      paragraphs: [
        t('damage-claim-deadline.intro', { inventoryNo, claimDeadline }),
        t(`damage-claim-deadline.${payload.stage}`),
        t('damage-claim-deadline.next'),
      ],
      action: {
        label: t('damage-claim-deadline.action'),
        url: workshopUrl(context, WORKSHOP_MAIL_PATHS.damageCases),
      },
    };
  },
};
