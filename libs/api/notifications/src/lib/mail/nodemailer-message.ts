import type { SendMailOptions } from 'nodemailer';
import type { MailMessage } from './mail-message';

/** The nodemailer message fields for our message (shared by the SMTP and the preview transport). */
export function toNodemailerMessage(from: string, message: MailMessage): SendMailOptions {
  return {
    from,
    to: message.to,
    subject: message.subject,
    html: message.html,
    text: message.text,
    messageId: message.messageId,
    attachments: message.attachments?.map((attachment) => ({ ...attachment })),
  };
}

export function recipientList(to: string | string[]): string[] {
  return Array.isArray(to) ? [...to] : [to];
}
