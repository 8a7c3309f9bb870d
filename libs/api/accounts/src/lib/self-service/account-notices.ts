import type { NotificationInput } from '@zusammen/api/notifications';
import { randomUUID } from 'node:crypto';

/**
 * The notifications of the self-service flows. Link mails are keyed by their token (one mail per link); the
 * notices by a fresh id, because every change or attempt is an event of its own. Link mails go by email even
 * before the address is verified (that is what they are for).
 */
export const accountNotices = {
  emailVerification: (recipientId: string, tokenId: string): NotificationInput => ({
    type: 'email-verification',
    recipientId,
    payload: { tokenId },
    idempotencyKey: `email-verification/${tokenId}`,
    channel: 'email',
  }),
  passwordReset: (recipientId: string, tokenId: string): NotificationInput => ({
    type: 'password-reset',
    recipientId,
    payload: { tokenId },
    idempotencyKey: `password-reset/${tokenId}`,
    channel: 'email',
  }),
  accountExists: (recipientId: string): NotificationInput => ({
    type: 'account-exists',
    recipientId,
    payload: {},
    idempotencyKey: `account-exists/${recipientId}/${randomUUID()}`,
    channel: 'email',
  }),
  /** Default channel: email when the account has an address, else in the app only. */
  passwordChanged: (recipientId: string): NotificationInput => ({
    type: 'password-changed',
    recipientId,
    payload: {},
    idempotencyKey: `password-changed/${recipientId}/${randomUUID()}`,
  }),
};
