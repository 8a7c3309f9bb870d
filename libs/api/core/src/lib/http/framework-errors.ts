import type { ApiErrorBody } from '@zusammen/shared/contracts';
import { mapException } from '../errors/error-mapping';

export interface FrameworkErrorAnswer {
  status: number;
  headers: Record<string, string>;
  body: ApiErrorBody;
}

/**
 * The answer to an error Fastify's router raises before any route (and so before Nest's filter) runs — a path
 * parameter longer than `maxParamLength` (FST_ERR_MAX_PARAM_LENGTH, e.g. a 400-digit "id"), a malformed URL
 * (FST_ERR_BAD_URL). Without Fastify's `frameworkErrors` option it answers `{ error, code, message, statusCode }`;
 * with this one the answer is the API's `{ code, message }` like every other error. Helmet's hooks do not run on
 * this path, so nosniff is set here.
 */
export function frameworkErrorAnswer(error: Error): FrameworkErrorAnswer {
  const mapped = mapException(error);
  return {
    status: mapped.status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-content-type-options': 'nosniff',
    },
    body: mapped.body,
  };
}
