import type { MailMessage, MailMode, MailSendResult } from './mail-message';

/**
 * Sends rendered mails. `SMTP_URL` set → pooled nodemailer SMTP transport; unset → preview files
 * (complete .eml + .json index entry in MAIL_PREVIEW_DIR) that developers can open.
 */
export abstract class Mailer {
  abstract readonly mode: MailMode;
  abstract send(message: MailMessage): Promise<MailSendResult>;
}
