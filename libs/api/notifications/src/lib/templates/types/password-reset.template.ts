import {
  ACCOUNT_PAGES,
  ACCOUNT_TOKEN_LIFETIME,
  type NotificationPayloads,
} from '@zusammen/shared/contracts';
import { accountLinkUrl } from '../account-links';
import type { NotificationTemplate } from '../notification-template';

/** Forgot password: the single-use link to set a new one. */
export const PASSWORD_RESET_TEMPLATE: NotificationTemplate<NotificationPayloads['password-reset']> =
  {
    // The person asked for it: nothing to switch off.
    preferencesLink: false,
    render: ({ t, payload, context }) => ({
      subject: t('password-reset.subject'),
      heading: t('password-reset.heading'),
      paragraphs: [
        t('password-reset.intro'),
        t('password-reset.validity', { minutes: ACCOUNT_TOKEN_LIFETIME.resetPasswordMinutes }),
        t('password-reset.unexpected'),
      ],
      action: {
        label: t('password-reset.action'),
        url: accountLinkUrl(context, ACCOUNT_PAGES.resetPassword, payload.tokenId),
      },
    }),
  };
