import { ACCOUNT_PAGES, type NotificationPayloads } from '@zusammen/shared/contracts';
import { pageUrl } from '../account-links';
import type { NotificationTemplate } from '../notification-template';

/**
 * Security notice after a password change or reset. If it was not the owner, the way back in is "forgot
 * password" (they no longer know the password), so that is the button.
 */
export const PASSWORD_CHANGED_TEMPLATE: NotificationTemplate<
  NotificationPayloads['password-changed']
> = {
  // A security notice must reach the owner: always sent.
  preferencesLink: false,
  render: ({ t, context }) => ({
    subject: t('password-changed.subject'),
    heading: t('password-changed.heading'),
    paragraphs: [
      t('password-changed.intro'),
      t('password-changed.ifYou'),
      t('password-changed.notYou'),
    ],
    action: {
      label: t('password-changed.action'),
      url: pageUrl(context, ACCOUNT_PAGES.forgotPassword),
    },
  }),
};
