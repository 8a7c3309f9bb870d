import { HttpException, HttpStatus } from '@nestjs/common';
import { CommonErrorCode, type ApiErrorBody } from '@zusammen/shared/contracts';
import { QueryFailedError } from 'typeorm';
import { DomainException } from './domain.exception';

export interface MappedError {
  status: number;
  body: ApiErrorBody;
  /** True when the real cause must be logged (5xx): the body then says nothing about it. */
  unexpected: boolean;
}

const GENERIC_INTERNAL_MESSAGE = 'An unexpected error occurred. Please try again later.';

/** The code a plain HTTP status gets when nothing more specific is known. */
export function codeForStatus(status: number): string {
  switch (status) {
    case HttpStatus.BAD_REQUEST:
      return CommonErrorCode.BadRequest;
    case HttpStatus.UNAUTHORIZED:
      return CommonErrorCode.Unauthenticated;
    case HttpStatus.FORBIDDEN:
      return CommonErrorCode.Forbidden;
    case HttpStatus.NOT_FOUND:
      return CommonErrorCode.NotFound;
    case HttpStatus.METHOD_NOT_ALLOWED:
      return CommonErrorCode.MethodNotAllowed;
    case HttpStatus.CONFLICT:
      return CommonErrorCode.Conflict;
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return CommonErrorCode.PayloadTooLarge;
    case HttpStatus.UNSUPPORTED_MEDIA_TYPE:
      return CommonErrorCode.UnsupportedMediaType;
    case HttpStatus.UNPROCESSABLE_ENTITY:
      return CommonErrorCode.ValidationFailed;
    case HttpStatus.TOO_MANY_REQUESTS:
      return CommonErrorCode.TooManyRequests;
    case HttpStatus.SERVICE_UNAVAILABLE:
      return CommonErrorCode.ServiceUnavailable;
    default:
      return status >= 500 ? CommonErrorCode.Internal : CommonErrorCode.BadRequest;
  }
}

/** Errors raised by Fastify itself (body parsing, limits): `FST_*` codes with a 4xx `statusCode`. */
interface FastifyLikeError {
  code: string;
  statusCode: number;
  message: string;
}

function isFastifyClientError(error: unknown): error is FastifyLikeError {
  if (!(error instanceof Error)) return false;
  const candidate = error as Error & { code?: unknown; statusCode?: unknown };
  return (
    typeof candidate.code === 'string' &&
    candidate.code.startsWith('FST_') &&
    typeof candidate.statusCode === 'number' &&
    candidate.statusCode >= 400 &&
    candidate.statusCode < 500
  );
}

function messageOfHttpException(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  if (typeof response === 'object' && response !== null && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (typeof message === 'string') return message;
    if (Array.isArray(message))
      return message.filter((m): m is string => typeof m === 'string').join('; ');
  }
  return exception.message;
}

const INVALID_VALUE = 'A value in the request has an invalid format or is out of range.';

/** SQLSTATEs that mean bad input or a conflict rather than a server fault. */
const SQLSTATE_CLIENT_ERRORS: Readonly<
  Record<string, { status: HttpStatus; code: CommonErrorCode; message: string }>
> = {
  '22P02': {
    status: HttpStatus.BAD_REQUEST,
    code: CommonErrorCode.BadRequest,
    message: INVALID_VALUE,
  }, // invalid_text_representation (e.g. a malformed uuid)
  '22007': {
    status: HttpStatus.BAD_REQUEST,
    code: CommonErrorCode.BadRequest,
    message: INVALID_VALUE,
  }, // invalid_datetime_format
  '22008': {
    status: HttpStatus.BAD_REQUEST,
    code: CommonErrorCode.BadRequest,
    message: INVALID_VALUE,
  }, // datetime_field_overflow
  '22003': {
    status: HttpStatus.BAD_REQUEST,
    code: CommonErrorCode.BadRequest,
    message: INVALID_VALUE,
  }, // numeric_value_out_of_range
  '22021': {
    status: HttpStatus.BAD_REQUEST,
    code: CommonErrorCode.BadRequest,
    message: INVALID_VALUE,
  }, // character_not_in_repertoire: a NUL character (\u0000), which PostgreSQL text cannot hold
  '23505': {
    status: HttpStatus.CONFLICT,
    code: CommonErrorCode.Conflict,
    message: 'The request conflicts with an existing record.',
  }, // unique_violation
  '23503': {
    status: HttpStatus.CONFLICT,
    code: CommonErrorCode.Conflict,
    message: 'A referenced record does not exist or is still in use.',
  }, // foreign_key_violation
  '23P01': {
    status: HttpStatus.CONFLICT,
    code: CommonErrorCode.Conflict,
    message: 'The request overlaps with an existing record.',
  }, // exclusion_violation
};

/**
 * SQLSTATE → client error, for constraint and input-format violations that escaped the domain layer.
 * Conflicts name the violated constraint in `details`.
 */
function mapQueryFailed(error: QueryFailedError): MappedError | undefined {
  const driverError = error.driverError as { code?: unknown; constraint?: unknown } | undefined;
  const known =
    typeof driverError?.code === 'string' ? SQLSTATE_CLIENT_ERRORS[driverError.code] : undefined;
  if (!known) return undefined;
  const body: ApiErrorBody = { code: known.code, message: known.message };
  if (known.status === HttpStatus.CONFLICT && typeof driverError?.constraint === 'string') {
    body.details = { constraint: driverError.constraint };
  }
  return { status: known.status, body, unexpected: false };
}

/**
 * SQLSTATE class 08 (connection exception), 57P01–57P03 (shutdown, crash, cannot connect now), and the two
 * transaction-rollback codes a retry may cure: 40001 serialization failure, 40P01 deadlock (logged: a deadlock
 * means two writers take locks in different orders, which the services avoid).
 */
const DATABASE_GONE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|40001|40P01)$/;
const CONNECTION_LOST_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * The database (or another backing service) went away under the request — a PostgreSQL restart or failover
 * ends the pool's connections — or rolled the transaction back to break a deadlock. The request did not
 * complete, so the client may retry: 503, not 500.
 */
function isServiceUnavailable(exception: unknown): boolean {
  const cause = exception instanceof QueryFailedError ? exception.driverError : exception;
  if (typeof cause !== 'object' || cause === null) return false;
  const { code, message } = cause as { code?: unknown; message?: unknown };
  if (
    typeof code === 'string' &&
    (DATABASE_GONE_SQLSTATE.test(code) || CONNECTION_LOST_CODES.has(code))
  )
    return true;
  return typeof message === 'string' && /^Connection terminated/.test(message);
}

/**
 * Turns anything thrown while handling a request into the API's error answer. Pure, so the whole
 * mapping table is unit-tested; {@link ApiExceptionFilter} only sends and logs the result.
 */
export function mapException(exception: unknown): MappedError {
  if (exception instanceof DomainException) {
    return {
      status: exception.status,
      body: exception.toBody(),
      unexpected: exception.status >= 500,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status >= 500) {
      return {
        status,
        body: {
          code: codeForStatus(status),
          message:
            status === 503 ? 'The service is temporarily unavailable.' : GENERIC_INTERNAL_MESSAGE,
        },
        unexpected: status !== 503,
      };
    }
    return {
      status,
      body: { code: codeForStatus(status), message: messageOfHttpException(exception) },
      unexpected: false,
    };
  }
  if (isFastifyClientError(exception)) {
    return {
      status: exception.statusCode,
      body: { code: codeForStatus(exception.statusCode), message: exception.message },
      unexpected: false,
    };
  }
  if (exception instanceof QueryFailedError) {
    const mapped = mapQueryFailed(exception);
    if (mapped) return mapped;
  }
  if (isServiceUnavailable(exception)) {
    return {
      status: HttpStatus.SERVICE_UNAVAILABLE,
      body: {
        code: CommonErrorCode.ServiceUnavailable,
        message: 'The service is temporarily unavailable. Please try again in a moment.',
      },
      // logged with its cause: an outage of PostgreSQL or Redis is worth seeing
      unexpected: true,
    };
  }
  return {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    body: { code: CommonErrorCode.Internal, message: GENERIC_INTERNAL_MESSAGE },
    unexpected: true,
  };
}
