import { HttpStatus } from '@nestjs/common';
import { CommonErrorCode } from '@zusammen/shared/contracts';
import { DomainException } from '../errors/domain.exception';

type Headers = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The refusal of a request body that is not JSON, or `undefined` when the request may pass. The API reads JSON
 * only, yet Nest registers a form (`application/x-www-form-urlencoded`) parser and Fastify a `text/plain` one:
 * those are the bodies a cross-site HTML form can send without a CORS preflight, so accepting them would let
 * another site sign a visitor in (into the attacker's account) through the CSRF-exempt sign-in routes.
 */
export function nonJsonBodyRefusal(headers: Headers): DomainException | undefined {
  const length = first(headers['content-length']);
  const hasBody =
    first(headers['transfer-encoding']) !== undefined || (length !== undefined && length !== '0');
  if (!hasBody) return undefined;
  const mediaType = (first(headers['content-type']) ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType === 'application/json') return undefined;
  return new DomainException(
    CommonErrorCode.UnsupportedMediaType,
    'Request bodies must be application/json.',
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  );
}
