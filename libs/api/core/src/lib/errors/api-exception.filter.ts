import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { mapException } from './error-mapping';

/** The parts of Fastify's request and reply the filter uses (fastify itself is not a direct dependency). */
interface HttpRequestLike {
  method: string;
  url: string;
  raw: { id?: unknown };
}
interface HttpReplyLike {
  sent: boolean;
  status(code: number): HttpReplyLike;
  header(name: string, value: string): HttpReplyLike;
  send(body: unknown): unknown;
}

/**
 * The one global filter: every error leaves the API as `{ code, message, details? }`.
 * Unexpected errors are logged with the request id and answered with a generic 500.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const reply = http.getResponse<HttpReplyLike>();
    const request = http.getRequest<HttpRequestLike>();
    const mapped = mapException(exception);
    if (mapped.unexpected) {
      const requestId = request.raw.id;
      this.logger.error(
        { err: exception, requestId, method: request.method, url: request.url },
        `Unhandled error on ${request.method} ${request.url}`,
      );
    }
    if (reply.sent) return;
    reply
      .status(mapped.status)
      .header('content-type', 'application/json; charset=utf-8')
      .send(mapped.body);
  }
}
