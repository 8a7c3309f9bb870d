import type { ActiveSession } from '../session/session.service';

/** The parts of Fastify's request the identity code reads (fastify is not a direct dependency). */
export interface SessionRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  /** Set by the access guard when the request carries a valid session cookie. */
  zlSession?: ActiveSession;
}

/** The parts of Fastify's reply the auth controller writes. */
export interface CookieReply {
  header(name: string, value: string | string[]): unknown;
}

export function headerValue(request: SessionRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
