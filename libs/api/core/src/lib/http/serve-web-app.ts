import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { cacheControlFor, REVALIDATE_CACHE, shouldServeSpaFallback } from './cache-control';

/**
 * Serves the built Angular app from `webDistDir` at `/` with an SPA fallback (client-side routes
 * get index.html). `/api/*` never falls back: unknown API routes stay JSON 404s. Returns false (and
 * warns) when there is no build, in which case only the API is served.
 */
export async function serveWebApp(
  app: NestFastifyApplication,
  webDistDir: string,
  logger: LoggerService,
): Promise<boolean> {
  const root = resolve(webDistDir);
  if (!existsSync(join(root, 'index.html'))) {
    logger.warn(
      `No web build in ${root} (index.html missing): serving the API only. Build it with "npx nx build web".`,
      'WebApp',
    );
    return false;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    // Routes for the files that exist at start-up; everything else reaches the fallback below.
    wildcard: false,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      void reply.header('cache-control', cacheControlFor(filePath));
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', async (request, reply) => {
    if (!shouldServeSpaFallback(request.method, request.url, request.headers.accept)) {
      return reply.callNotFound();
    }
    return reply.header('cache-control', REVALIDATE_CACHE).sendFile('index.html');
  });
  logger.log(`Serving the web app from ${root}`, 'WebApp');
  return true;
}
