import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  AUTH_ROUTES,
  CSRF_COOKIE,
  CSRF_HEADER,
  SESSION_COOKIE,
  type SessionResponse,
} from '@zusammen/shared/contracts';

/** A signed-in test client: the cookies the API set and the headers to send them back. */
export interface TestSession {
  token: string;
  csrfToken: string;
  body: SessionResponse;
  /** `cookie` (+ `x-csrf-token` for state-changing requests) for `app.inject({ headers })`. */
  headers(options?: { csrf?: boolean }): Record<string, string>;
}

/** `Set-Cookie` values of an inject() response, by name (last one wins). */
export function setCookiesOf(response: {
  headers: Record<string, unknown>;
}): Record<string, string> {
  const raw = response.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
  const cookies: Record<string, string> = {};
  for (const line of list) {
    if (typeof line !== 'string') continue;
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq > 0) cookies[pair.slice(0, eq).trim()] = decodeURIComponent(pair.slice(eq + 1).trim());
  }
  return cookies;
}

export function sessionHeaders(
  token: string,
  csrfToken: string,
  options: { csrf?: boolean } = {},
): Record<string, string> {
  const headers: Record<string, string> = {
    cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${csrfToken}`,
  };
  if (options.csrf !== false) headers[CSRF_HEADER.toLowerCase()] = csrfToken;
  return headers;
}

/** Signs in through POST /api/auth/sign-in and fails loudly unless the API answers 200 with both cookies. */
export async function signInForTest(
  app: NestFastifyApplication,
  email: string,
  password: string,
): Promise<TestSession> {
  const response = await app.inject({
    method: 'POST',
    url: AUTH_ROUTES.signIn,
    payload: { email, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  const cookies = setCookiesOf(response);
  const token = cookies[SESSION_COOKIE];
  const csrfToken = cookies[CSRF_COOKIE];
  if (!token || !csrfToken) throw new Error(`sign-in of ${email} set no session cookies`);
  return {
    token,
    csrfToken,
    body: response.json<SessionResponse>(),
    headers: (options) => sessionHeaders(token, csrfToken, options),
  };
}
