import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyHelmet from '@fastify/helmet';
import type { LoggerService } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { REQUEST_ID_HEADER, resolveRequestId } from '../logging/request-id';
import { frameworkErrorAnswer } from './framework-errors';
import { nonJsonBodyRefusal } from './json-bodies-only';
import { serveWebApp } from './serve-web-app';

export const API_PREFIX = 'api';
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The Fastify adapter of the API: 1 MB bodies, proxy trust from TRUST_PROXY, pino does the logging.
 * Each request's id comes from a valid `x-request-id` header or is a new UUID; it is echoed in the
 * answer's `x-request-id` and carried into the request log line (pino-http reuses it).
 */
export function createFastifyAdapter(options: { trustProxy: boolean }): FastifyAdapter {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy,
    logger: false,
    genReqId: (req: IncomingMessage) => resolveRequestId(req.headers[REQUEST_ID_HEADER]),
    // written to the raw response, as Fastify's own default does on this path
    frameworkErrors: (error: Error, _request: unknown, reply: { raw: ServerResponse }) => {
      const answer = frameworkErrorAnswer(error);
      reply.raw.writeHead(answer.status, answer.headers).end(JSON.stringify(answer.body));
    },
  });
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  return adapter;
}

/** Content-Security-Policy fitting the Angular build (no inline scripts) and Swagger UI. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export interface ConfigureHttpAppOptions {
  /** Built web app to serve at `/`; omitted → API only (tests). */
  webDistDir?: string;
  version?: string;
  logger: LoggerService;
}

/**
 * Everything main.ts and the test app share: security headers, the `/api` prefix, OpenAPI at
 * `/api/docs` (JSON at `/api/docs-json`), graceful shutdown hooks and the web app. Call before
 * `listen()`/`init()`. Validation and error mapping are global providers of ApiCoreModule.
 */
export async function configureHttpApp(
  app: NestFastifyApplication,
  options: ConfigureHttpAppOptions,
): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    crossOriginEmbedderPolicy: false,
  });
  // after helmet's hook, so the refusal carries the security headers; Nest's filter shapes the error
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, _reply, done) => done(nonJsonBodyRefusal(request.headers)));
  app.setGlobalPrefix(API_PREFIX);
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Zusammenleben in Borken API')
      .setDescription(
        'Sponsorship programme, Haus der Begegnung and bike workshop. Errors are { code, message, details? }.',
      )
      .setVersion(options.version ?? 'dev')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });

  if (options.webDistDir) await serveWebApp(app, options.webDistDir, options.logger);
}
