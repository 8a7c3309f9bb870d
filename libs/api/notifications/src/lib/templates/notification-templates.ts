import type { NotificationTemplates } from './notification-template';
import { MAIL_CHECK_TEMPLATE } from './types/mail-check.template';

/**
 * The template of every notification type. Adding a type: its payload in `NotificationPayloads`
 * (@zusammen/shared/contracts), its messages `<type>.*` in every catalog, a `types/<type>.template.ts` here.
 */
export const NOTIFICATION_TEMPLATES: NotificationTemplates = {
  'mail-check': MAIL_CHECK_TEMPLATE,
};
