import { headerValue, type SessionRequest } from '@zusammen/api/identity';

/** What the self-service commands take from the HTTP request: client address, user agent, request id. */
export interface RequestContext {
  ip: string | undefined;
  userAgent: string | undefined;
  /** Fastify's request id (`x-request-id`), stored with audit entries. */
  requestId: string | undefined;
}

export function requestContextOf(request: SessionRequest & { id?: unknown }): RequestContext {
  return {
    ip: request.ip,
    userAgent: headerValue(request, 'user-agent'),
    requestId: typeof request.id === 'string' ? request.id : undefined,
  };
}
