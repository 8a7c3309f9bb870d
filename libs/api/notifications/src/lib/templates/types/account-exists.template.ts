import { ACCOUNT_PAGES, type NotificationPayloads } from '@zusammen/shared/contracts';
import { pageUrl, SIGN_IN_PATH } from '../account-links';
import type { NotificationTemplate } from '../notification-template';

/**
 * Someone signed up with an address that already has an account. The sign-up answer is the same either way, so
 * only the owner of the address learns it: sign in or reset if it was you, ignore it if not.
 */
export const ACCOUNT_EXISTS_TEMPLATE: NotificationTemplate<NotificationPayloads['account-exists']> =
  {
    // A security hint about the person's own account: always sent.
    preferencesLink: false,
    render: ({ t, context }) => ({
      subject: t('account-exists.subject'),
      heading: t('account-exists.heading'),
      paragraphs: [
        t('account-exists.intro'),
        t('account-exists.ifYou'),
        t('account-exists.notYou'),
      ],
      action: { label: t('account-exists.signIn'), url: pageUrl(context, SIGN_IN_PATH) },
      links: [
        {
          label: t('account-exists.forgotPassword'),
          url: pageUrl(context, ACCOUNT_PAGES.forgotPassword),
        },
      ],
    }),
  };
