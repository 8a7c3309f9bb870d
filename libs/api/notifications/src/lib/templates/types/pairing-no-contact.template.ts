import type { NotificationPayloads } from '@zusammen/shared/contracts';
import type { NotificationTemplate } from '../notification-template';
import { SPONSORSHIP_MAIL_PATHS, sponsorshipUrl } from '../sponsorship-mail';

/** To the coordinator (or all staff when the pairing has none): no contact logged for `days` days. */
export const PAIRING_NO_CONTACT_TEMPLATE: NotificationTemplate<
  NotificationPayloads['pairing-no-contact']
> = {
  preferencesLink: true,
  render: ({ t, payload, context }) => ({
    subject: t('pairing-no-contact.subject', { days: payload.days }),
    heading: t('pairing-no-contact.heading'),
    paragraphs: [
      t('pairing-no-contact.intro', { days: payload.days }),
      t('pairing-no-contact.next'),
    ],
    action: {
      label: t('pairing-no-contact.action'),
      url: sponsorshipUrl(context, SPONSORSHIP_MAIL_PATHS.staffPairing(payload.pairingId)),
    },
  }),
};
