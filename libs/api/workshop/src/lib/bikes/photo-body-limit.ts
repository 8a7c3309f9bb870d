import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { MAX_PHOTO_BYTES } from './photo-bytes';

/** base64 of the largest photo plus the JSON around it. */
export const PHOTO_BODY_LIMIT = Math.ceil(MAX_PHOTO_BYTES / 3) * 4 + 64 * 1024;

/** Photo uploads: `POST /api/workshop/bikes/:id/photos` (and any other workshop route ending in /photos). */
const PHOTO_ROUTE = /^\/api\/workshop\/.+\/photos$/;

interface RouteOptionsLike {
  method: string | string[];
  url: string;
  bodyLimit?: number;
}

interface HookableInstance {
  addHook(name: 'onRoute', hook: (options: RouteOptionsLike) => void): unknown;
}

/**
 * Raises Fastify's body limit (1 MB for the whole API) for the photo upload routes only: a photo of up to 2 MB
 * arrives as base64 in JSON. Fastify applies a route's `bodyLimit` when the route is added, so the hook is added
 * when this provider is built — before Nest registers the routes in `app.init()`.
 */
@Injectable()
export class PhotoBodyLimit {
  constructor(adapterHost: HttpAdapterHost) {
    const instance = adapterHost.httpAdapter?.getInstance?.() as HookableInstance | undefined;
    if (typeof instance?.addHook !== 'function') return;
    instance.addHook('onRoute', (options) => {
      const methods = Array.isArray(options.method) ? options.method : [options.method];
      if (methods.includes('POST') && PHOTO_ROUTE.test(options.url))
        options.bodyLimit = Math.max(options.bodyLimit ?? 0, PHOTO_BODY_LIMIT);
    });
  }
}
