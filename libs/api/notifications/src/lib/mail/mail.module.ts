import { Module } from '@nestjs/common';
import { mailConfig, type MailConfig } from '@zusammen/api/core';
import { MailPreviewService } from './mail-preview.service';
import { Mailer } from './mailer';
import { PreviewMailer } from './preview.mailer';
import { SmtpMailer } from './smtp.mailer';

export function createMailer(mail: MailConfig, previews: MailPreviewService): Mailer {
  return mail.smtpUrl
    ? new SmtpMailer(mail.smtpUrl, mail.from, mail.rateLimitPerSecond)
    : new PreviewMailer(mail.from, previews);
}

/** The `Mailer` of the configured mode and the preview folder service (both run modes, API and worker). */
@Module({
  providers: [
    MailPreviewService,
    { provide: Mailer, useFactory: createMailer, inject: [mailConfig.KEY, MailPreviewService] },
  ],
  exports: [Mailer, MailPreviewService],
})
export class MailModule {}
