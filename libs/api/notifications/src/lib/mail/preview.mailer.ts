import { Logger } from '@nestjs/common';
import {
  createTransport,
  type StreamSentMessageInfo,
  type StreamTransportOptions,
  type Transporter,
} from 'nodemailer';
import type { MailMessage, MailSendResult } from './mail-message';
import type { MailPreviewService } from './mail-preview.service';
import { Mailer } from './mailer';
import { recipientList, toNodemailerMessage } from './nodemailer-message';

/**
 * Embedded/dev mode (no SMTP_URL): nodemailer's stream transport builds the real RFC 822 message
 * (headers, MIME parts, attachments, CRLF), which is stored as an .eml file instead of being sent.
 */
export class PreviewMailer extends Mailer {
  readonly mode = 'preview' as const;
  private readonly logger = new Logger(PreviewMailer.name);
  private readonly transport: Transporter<StreamSentMessageInfo, StreamTransportOptions>;

  constructor(
    private readonly from: string,
    private readonly previews: MailPreviewService,
  ) {
    super();
    this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  async send(message: MailMessage): Promise<MailSendResult> {
    const info = await this.transport.sendMail(toNodemailerMessage(this.from, message));
    if (!Buffer.isBuffer(info.message))
      throw new Error('nodemailer stream transport returned no buffer');
    const to = recipientList(message.to);
    const previewId = await this.previews.write(info.message, {
      messageId: info.messageId,
      from: this.from,
      to,
      subject: message.subject,
    });
    this.logger.log(`Mail "${message.subject}" written to the preview as ${previewId}`);
    return { messageId: info.messageId, accepted: to, previewId };
  }
}
