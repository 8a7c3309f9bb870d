import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { UserAccount } from '@zusammen/api/identity';
import { DataSource } from 'typeorm';
import { signInForTest } from '../test-session';
import { createUserAccount, type UserAccountOverrides } from './user-account.factory';

export interface SignedInUser {
  user: UserAccount;
  /** Session cookies and the CSRF header, for `app.inject({ headers })`. */
  headers: Record<string, string>;
}

/** A new account (with an address and the given password) signed in through the real sign-in route. */
export async function createSignedInUser(
  app: NestFastifyApplication,
  overrides: UserAccountOverrides & { password: string },
): Promise<SignedInUser> {
  const user = await createUserAccount(app.get(DataSource), overrides);
  const session = await signInForTest(app, user.email ?? '', overrides.password);
  return { user, headers: session.headers() };
}
