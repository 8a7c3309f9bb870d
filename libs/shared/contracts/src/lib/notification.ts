/**
 * Notification types (DESIGN.md §6). Every feature adds its types here, with one payload shape per type
 * (ids only — never addresses, names or tokens) and a message in every catalog of the API's templates.
 */
export const NOTIFICATION_TYPES = ['mail-check'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** The payload stored with each notification, per type. */
export interface NotificationPayloads {
  /** Test message: staff check that mail reaches a person. */
  'mail-check': { requestedById: string };
}

/** Outbound channel of a notification; every notification is also listed in the app. */
export const NOTIFICATION_CHANNELS = ['email', 'sms', 'in_app'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const NOTIFICATION_STATUSES = ['pending', 'queued', 'sent', 'failed', 'cancelled'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
