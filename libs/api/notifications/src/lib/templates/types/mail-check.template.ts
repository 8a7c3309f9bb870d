import type { NotificationPayloads } from '@zusammen/shared/contracts';
import type { NotificationTemplate } from '../notification-template';

/** "Test message": staff check that mail reaches a person. */
export const MAIL_CHECK_TEMPLATE: NotificationTemplate<NotificationPayloads['mail-check']> = {
  // A test that staff asked for is not a subscription: nothing to opt out of.
  preferencesLink: false,
  render: ({ t, context }) => ({
    subject: t('mail-check.subject'),
    heading: t('mail-check.heading'),
    paragraphs: [
      t('mail-check.intro'),
      t('mail-check.result'),
      t('mail-check.sentAt', { sentAt: context.now }),
      t('mail-check.unexpected'),
    ],
  }),
};
