import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Roles } from '@zusammen/api/identity';
import { WorkshopErrorCode } from '@zusammen/shared/contracts';
import { BikePhotosService } from './bike-photos.service';
import type { HeaderReply } from './bikes.controller';
import { WorkshopException } from './workshop.exception';

const PHOTO_ID = new UuidOr404Pipe(() => new WorkshopException(WorkshopErrorCode.PhotoNotFound));

/** WORKSHOP_ROUTES.photos: the image bytes (never cached by shared caches). */
@ApiTags('workshop')
@Controller('workshop/photos')
export class PhotosController {
  constructor(private readonly photos: BikePhotosService) {}

  @Get(':id')
  @Roles('workshop', 'staff', 'admin')
  @ApiOkResponse({ description: 'The image (image/jpeg, image/png or image/webp).' })
  @ApiNotFoundResponse({ description: 'PHOTO_NOT_FOUND' })
  async get(
    @Param('id', PHOTO_ID) id: string,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<StreamableFile> {
    const photo = await this.photos.bytes(id);
    reply.header('content-type', photo.contentType);
    reply.header('cache-control', 'private, max-age=3600');
    reply.header('x-content-type-options', 'nosniff');
    return new StreamableFile(photo.data, { type: photo.contentType });
  }
}
