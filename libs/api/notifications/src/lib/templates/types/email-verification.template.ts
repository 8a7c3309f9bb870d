import {
  ACCOUNT_PAGES,
  ACCOUNT_TOKEN_LIFETIME,
  type NotificationPayloads,
} from '@zusammen/shared/contracts';
import { accountLinkUrl } from '../account-links';
import type { NotificationTemplate } from '../notification-template';

/** Sign-up: "confirm your address", with the verification link. */
export const EMAIL_VERIFICATION_TEMPLATE: NotificationTemplate<
  NotificationPayloads['email-verification']
> = {
  // Part of signing up, not a subscription: nothing to switch off.
  preferencesLink: false,
  render: ({ t, payload, context }) => ({
    subject: t('email-verification.subject'),
    heading: t('email-verification.heading'),
    paragraphs: [
      t('email-verification.intro'),
      t('email-verification.validity', { hours: ACCOUNT_TOKEN_LIFETIME.verifyEmailHours }),
      t('email-verification.unexpected'),
    ],
    action: {
      label: t('email-verification.action'),
      url: accountLinkUrl(context, ACCOUNT_PAGES.verifyEmail, payload.tokenId),
    },
  }),
};
