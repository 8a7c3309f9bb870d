import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { AuthErrorCode, CommonErrorCode, ProfileErrorCode } from '@zusammen/shared/contracts';

export type IdentityErrorCode =
  AuthErrorCode | ProfileErrorCode | CommonErrorCode.Unauthenticated | CommonErrorCode.Forbidden;

const STATUS: Record<IdentityErrorCode, HttpStatus> = {
  [AuthErrorCode.InvalidCredentials]: HttpStatus.UNAUTHORIZED,
  [AuthErrorCode.AccountLocked]: HttpStatus.TOO_MANY_REQUESTS,
  [AuthErrorCode.CsrfTokenInvalid]: HttpStatus.FORBIDDEN,
  [ProfileErrorCode.WrongPassword]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ProfileErrorCode.WeakPassword]: HttpStatus.UNPROCESSABLE_ENTITY,
  [CommonErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [CommonErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
};

const MESSAGE: Record<IdentityErrorCode, string> = {
  [AuthErrorCode.InvalidCredentials]: 'Email address or password is wrong.',
  [AuthErrorCode.AccountLocked]: 'Too many failed sign-ins. Please wait and try again.',
  [AuthErrorCode.CsrfTokenInvalid]: 'The request lacks a valid CSRF token.',
  [ProfileErrorCode.WrongPassword]: 'The current password is wrong.',
  [ProfileErrorCode.WeakPassword]: 'The new password is too weak.',
  [CommonErrorCode.Unauthenticated]: 'Please sign in.',
  [CommonErrorCode.Forbidden]: 'You are not allowed to do this.',
};

/** Errors of sign-in, sessions and access checks, mapped by the global filter. */
export class IdentityException extends DomainException {
  constructor(code: IdentityErrorCode, details?: unknown) {
    super(code, MESSAGE[code], STATUS[code], details);
  }
}

/** 429 ACCOUNT_LOCKED; the controller's filter adds `Retry-After`. */
export class AccountLockedException extends IdentityException {
  constructor(readonly retryAfterSeconds: number) {
    super(AuthErrorCode.AccountLocked, { retryAfterSeconds });
  }
}
