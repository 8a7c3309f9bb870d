import { Controller, Get, HttpStatus, Param, StreamableFile } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { Roles } from '@zusammen/api/identity';
import { CommonErrorCode } from '@zusammen/shared/contracts';
import { MailPreviewService, type MailPreviewSummary } from './mail-preview.service';

/**
 * Developer view of the preview mails (/api/dev/mail-preview). Registered only without SMTP_URL and outside
 * production (see `mailPreviewRoutesEnabled`). Admins only: the mails hold other people's addresses and links.
 */
@Roles('admin')
@Controller('dev/mail-preview')
export class MailPreviewController {
  constructor(private readonly previews: MailPreviewService) {}

  /** Newest first: id, recipients, subject, date. */
  @Get()
  list(): Promise<MailPreviewSummary[]> {
    return this.previews.list();
  }

  /** The raw RFC 822 message; mail clients open it directly. */
  @Get(':id')
  async message(@Param('id') id: string): Promise<StreamableFile> {
    const raw = await this.previews.read(id);
    if (!raw)
      throw new DomainException(
        CommonErrorCode.NotFound,
        'No preview mail with this id.',
        HttpStatus.NOT_FOUND,
      );
    return new StreamableFile(raw, {
      type: 'message/rfc822',
      disposition: `inline; filename="${id}.eml"`,
      length: raw.length,
    });
  }
}
