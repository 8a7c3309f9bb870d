import { Module } from '@nestjs/common';
import { MailPreviewController } from './mail-preview.controller';
import { MailModule } from './mail.module';

/** The preview routes; imported conditionally by `NotificationsModule.forRoot()`. */
@Module({ imports: [MailModule], controllers: [MailPreviewController] })
export class MailPreviewHttpModule {}
