import {
  OPTIONAL_NOTIFICATION_CATEGORIES,
  type NotificationCategory,
  type NotificationChannel,
  type OptionalNotificationCategory,
} from '@zusammen/shared/contracts';

/** What the channel decision needs to know about the recipient (read in the caller's transaction). */
export interface ChannelRecipient {
  hasEmail: boolean;
  /** user_account.notification_email_opt_outs: optional categories not wanted by email. */
  emailOptOuts: readonly string[];
}

export function isOptionalCategory(
  category: NotificationCategory,
): category is OptionalNotificationCategory {
  return (OPTIONAL_NOTIFICATION_CATEGORIES as readonly string[]).includes(category);
}

/**
 * The channel a notification really goes by. Email (asked for, or the default) becomes `in_app` when the
 * recipient has no address or switched the (optional) category off; mandatory categories (account, system)
 * always go by email when there is an address. `in_app` and `sms` stay as asked. Never "drop": whatever the
 * channel, the notification is kept and listed in the person's app.
 */
export function effectiveChannel(
  category: NotificationCategory,
  requested: NotificationChannel | undefined,
  recipient: ChannelRecipient,
): NotificationChannel {
  const channel = requested ?? 'email';
  if (channel !== 'email') return channel;
  if (!recipient.hasEmail) return 'in_app';
  return isOptionalCategory(category) && recipient.emailOptOuts.includes(category)
    ? 'in_app'
    : 'email';
}
