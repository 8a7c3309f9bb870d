import {
  ACCOUNT_PAGES,
  ACCOUNT_TOKEN_LIFETIME,
  type NotificationPayloads,
} from '@zusammen/shared/contracts';
import { accountLinkUrl } from '../account-links';
import type { NotificationTemplate } from '../notification-template';
import { singleLine } from '../single-line';

/**
 * An admin created the account: the invited person sets their first password on the reset page (same single-use
 * link as a reset, longer lifetime). Names who invited them when that account still has a name.
 */
export const ACCOUNT_INVITATION_TEMPLATE: NotificationTemplate<
  NotificationPayloads['account-invitation']
> = {
  // Without this mail the account cannot be used: always sent.
  preferencesLink: false,
  referencedUserIds: (payload) => [payload.invitedById],
  render: ({ t, payload, context }) => {
    const inviter = context.displayNames?.[payload.invitedById];
    return {
      subject: t('account-invitation.subject'),
      heading: t('account-invitation.heading'),
      paragraphs: [
        inviter
          ? t('account-invitation.introBy', { inviter: singleLine(inviter) })
          : t('account-invitation.intro'),
        t('account-invitation.next'),
        t('account-invitation.validity', { days: ACCOUNT_TOKEN_LIFETIME.invitationDays }),
        t('account-invitation.unexpected'),
      ],
      action: {
        label: t('account-invitation.action'),
        url: accountLinkUrl(context, ACCOUNT_PAGES.resetPassword, payload.tokenId),
      },
    };
  },
};
