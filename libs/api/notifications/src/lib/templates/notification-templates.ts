import type { NotificationTemplates } from './notification-template';
import { ACCOUNT_EXISTS_TEMPLATE } from './types/account-exists.template';
import { ACCOUNT_INVITATION_TEMPLATE } from './types/account-invitation.template';
import { EMAIL_VERIFICATION_TEMPLATE } from './types/email-verification.template';
import { MAIL_CHECK_TEMPLATE } from './types/mail-check.template';
import { PASSWORD_CHANGED_TEMPLATE } from './types/password-changed.template';
import { PASSWORD_RESET_TEMPLATE } from './types/password-reset.template';

/**
 * The template of every notification type. Adding a type: its payload in `NotificationPayloads`
 * (@zusammen/shared/contracts), its messages `<type>.*` in every catalog, a `types/<type>.template.ts` here.
 */
export const NOTIFICATION_TEMPLATES: NotificationTemplates = {
  'mail-check': MAIL_CHECK_TEMPLATE,
  'email-verification': EMAIL_VERIFICATION_TEMPLATE,
  'account-exists': ACCOUNT_EXISTS_TEMPLATE,
  'password-reset': PASSWORD_RESET_TEMPLATE,
  'password-changed': PASSWORD_CHANGED_TEMPLATE,
  'account-invitation': ACCOUNT_INVITATION_TEMPLATE,
};
