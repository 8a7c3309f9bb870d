export interface MailAttachment {
  filename: string;
  content: Buffer | string;
  contentType?: string;
  /** Content-ID for inline images referenced as `cid:` in the HTML. */
  cid?: string;
}

/** One rendered mail. The sender is always MAIL_FROM. */
export interface MailMessage {
  to: string | string[];
  subject: string;
  html: string;
  text: string;
  /** `<local@domain>`; pass a stable one (e.g. from the notification id) so a retried send is recognisable. */
  messageId?: string;
  attachments?: MailAttachment[];
}

export interface MailSendResult {
  messageId: string;
  /** Recipients the SMTP server accepted (preview: every recipient). */
  accepted: string[];
  /** Preview mode only: the id under which the message can be opened. */
  previewId?: string;
}

export type MailMode = 'smtp' | 'preview';
