import { hashPassword, UserAccount } from '@zusammen/api/identity';
import type { Locale, Role } from '@zusammen/shared/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { uniqueSuffix } from './unique-suffix';

export interface UserAccountOverrides {
  email?: string | null;
  displayName?: string;
  roles?: Role[];
  locale?: Locale;
  phone?: string | null;
  /** Plain password to hash with argon2id; omitted → no password (cannot log in). */
  password?: string;
  isActive?: boolean;
  /** Default: verified now when the account has an email; `null` makes an unverified sign-up. */
  emailVerifiedAt?: Date | null;
}

/** Inserts a user with a unique `@test.invalid` email (or `email: null`) and returns the stored row. */
export async function createUserAccount(
  db: DataSource | EntityManager,
  overrides: UserAccountOverrides = {},
): Promise<UserAccount> {
  const suffix = uniqueSuffix();
  const repository = db.getRepository(UserAccount);
  const saved = await repository.save(
    repository.create({
      email: overrides.email === undefined ? `user-${suffix}@test.invalid` : overrides.email,
      displayName: overrides.displayName ?? `Test User ${suffix}`,
      roles: overrides.roles ?? ['resident'],
      locale: overrides.locale ?? 'de',
      phone: overrides.phone ?? null,
      passwordHash: overrides.password ? await hashPassword(overrides.password) : null,
      isActive: overrides.isActive ?? true,
      emailVerifiedAt:
        overrides.emailVerifiedAt !== undefined
          ? overrides.emailVerifiedAt
          : overrides.email === null
            ? null
            : new Date(),
    }),
  );
  return saved;
}
