/** The body of every 4xx/5xx answer of the API. */
export interface ApiErrorBody {
  /** Stable, machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `ROOM_ALREADY_BOOKED`. */
  code: string;
  /** Human-readable summary (English; the web app translates by `code`). */
  message: string;
  /** Optional structured detail, e.g. a field → messages map for validation errors. */
  details?: unknown;
}

/** Error codes shared by every feature; features add their own string enums. */
export enum CommonErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  BadRequest = 'BAD_REQUEST',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  MethodNotAllowed = 'METHOD_NOT_ALLOWED',
  Conflict = 'CONFLICT',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_ERROR',
}
