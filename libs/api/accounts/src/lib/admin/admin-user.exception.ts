import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { AdminUserErrorCode, CommonErrorCode } from '@zusammen/shared/contracts';

export type AdminUserExceptionCode = AdminUserErrorCode | CommonErrorCode.NotFound;

const STATUS: Record<AdminUserExceptionCode, HttpStatus> = {
  [AdminUserErrorCode.EmailTaken]: HttpStatus.CONFLICT,
  [AdminUserErrorCode.SelfChangeForbidden]: HttpStatus.CONFLICT,
  [AdminUserErrorCode.LastAdmin]: HttpStatus.CONFLICT,
  [AdminUserErrorCode.AccountErased]: HttpStatus.CONFLICT,
  [CommonErrorCode.NotFound]: HttpStatus.NOT_FOUND,
};

const MESSAGE: Record<AdminUserExceptionCode, string> = {
  [AdminUserErrorCode.EmailTaken]: 'The email address already belongs to an account.',
  [AdminUserErrorCode.SelfChangeForbidden]:
    'You cannot deactivate, erase or remove the admin role from your own account.',
  [AdminUserErrorCode.LastAdmin]: 'The last active admin must keep the admin role.',
  [AdminUserErrorCode.AccountErased]: 'The account is erased; it cannot be changed any more.',
  [CommonErrorCode.NotFound]: 'User not found.',
};

/** Errors of admin user management, the desk and account erasure, mapped by the global filter. */
export class AdminUserException extends DomainException {
  constructor(code: AdminUserExceptionCode, details?: unknown) {
    super(code, MESSAGE[code], STATUS[code], details);
  }
}

/** 404 for an unknown id, a malformed id or a record the caller may not see (never revealed as 403). */
export class UserNotFoundException extends AdminUserException {
  constructor() {
    super(CommonErrorCode.NotFound);
  }
}
