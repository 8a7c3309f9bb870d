import { AuditEvent } from './audit/audit-event.entity';
import { UserSession } from './session/user-session.entity';
import { SignInAttempt } from './sign-in/sign-in-attempt.entity';
import { AccountToken } from './tokens/account-token.entity';
import { UserAccount } from './user-account.entity';

/** Entities of the identity context, for the explicit entity list of each process. */
export const IDENTITY_ENTITIES = [
  UserAccount,
  UserSession,
  SignInAttempt,
  AccountToken,
  AuditEvent,
] as const;
