import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { appConfig, type AppConfig } from '../config/config-slices';
import { REQUEST_ID_HEADER, resolveRequestId } from './request-id';
import { redactSecretPath } from './secret-paths';

/** The request as pino-http serialized it; only the fields that can carry a secret path are touched. */
interface SerializedRequest {
  url?: string;
  params?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Paths polled by probes: logged at debug only, so they do not drown real traffic. */
const QUIET_PATH = /^\/api\/health(\/|$)/;

/**
 * Structured JSON logs (pino) with one line per request carrying its request id. Request bodies are
 * never logged; cookies, authorization headers, set-cookie answers and secret path segments (calendar
 * subscription tokens) are redacted.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (app: AppConfig) => ({
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: app.logLevel,
          // Fastify already assigned the id (createFastifyAdapter); this only covers other adapters.
          genReqId: (req: IncomingMessage) => resolveRequestId(req.headers[REQUEST_ID_HEADER]),
          customLogLevel: (req: IncomingMessage, res: ServerResponse, error?: Error) => {
            if (error || res.statusCode >= 500) return 'error';
            if (res.statusCode >= 400) return 'warn';
            return QUIET_PATH.test(req.url ?? '') ? 'debug' : 'info';
          },
          serializers: {
            req: (req: SerializedRequest) => {
              const url = redactSecretPath(req.url);
              return url === req.url ? req : { ...req, url, params: undefined };
            },
          },
          redact: {
            paths: [
              'req.headers.cookie',
              'req.headers.authorization',
              'req.headers["proxy-authorization"]',
              'req.headers["x-csrf-token"]',
              'res.headers["set-cookie"]',
            ],
            censor: '[redacted]',
          },
        },
      }),
    }),
  ],
  exports: [LoggerModule],
})
export class LoggingModule {}
