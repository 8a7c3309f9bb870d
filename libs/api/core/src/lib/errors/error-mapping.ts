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

/** SQLSTATE → client error, for constraint and input-format violations that escaped the domain layer. */
function mapQueryFailed(error: QueryFailedError): MappedError | undefined {
  const driverError = error.driverError as { code?: unknown; constraint?: unknown } | undefined;
  const sqlState = typeof driverError?.code === 'string' ? driverError.code : undefined;
  const constraint =
    typeof driverError?.constraint === 'string' ? driverError.constraint : undefined;
  const details = constraint ? { constraint } : undefined;
  const withDetails = (body: ApiErrorBody): ApiErrorBody => (details ? { ...body, details } : body);
  switch (sqlState) {
    case '22P02': // invalid_text_representation (e.g. a malformed uuid)
    case '22007': // invalid_datetime_format
    case '22008': // datetime_field_overflow
    case '22003': // numeric_value_out_of_range
      return {
        status: HttpStatus.BAD_REQUEST,
        body: {
          code: CommonErrorCode.BadRequest,
          message: 'A value in the request has an invalid format or is out of range.',
        },
        unexpected: false,
      };
    case '23505': // unique_violation
      return {
        status: HttpStatus.CONFLICT,
        body: withDetails({
          code: CommonErrorCode.Conflict,
          message: 'The request conflicts with an existing record.',
        }),
        unexpected: false,
      };
    case '23503': // foreign_key_violation
      return {
        status: HttpStatus.CONFLICT,
        body: withDetails({
          code: CommonErrorCode.Conflict,
          message: 'A referenced record does not exist or is still in use.',
        }),
        unexpected: false,
      };
    case '23P01': // exclusion_violation
      return {
        status: HttpStatus.CONFLICT,
        body: withDetails({
          code: CommonErrorCode.Conflict,
          message: 'The request overlaps with an existing record.',
        }),
        unexpected: false,
      };
    default:
      return undefined;
  }
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
  return {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    body: { code: CommonErrorCode.Internal, message: GENERIC_INTERNAL_MESSAGE },
    unexpected: true,
  };
}
