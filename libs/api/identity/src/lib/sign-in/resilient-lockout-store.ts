import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { LockoutRule, LockoutState } from './lockout';
import { LockoutStore, type SignInFailures } from './lockout-store';
import type { PostgresLockoutStore } from './postgres-lockout-store';
import type { RedisLockoutStore } from './redis-lockout-store';

/**
 * The store with REDIS_URL: Redis while it answers, PostgreSQL while it does not. Redis is the transport, never
 * the only thing sign-in depends on (DESIGN.md § 1): when the connection is down or a command fails, the same
 * call goes to the `sign_in_attempt` table, so sign-in keeps working and the lockout keeps counting (failures
 * recorded during an outage count only in PostgreSQL until their window ends). Clearing clears both.
 */
export class ResilientLockoutStore extends LockoutStore implements OnApplicationShutdown {
  private readonly logger = new Logger(ResilientLockoutStore.name);
  private lastFallbackLoggedAt = 0;

  constructor(
    private readonly redis: RedisLockoutStore,
    private readonly postgres: PostgresLockoutStore,
  ) {
    super();
  }

  readSignInFailures(emailHash: string, ip: string | undefined): Promise<SignInFailures> {
    return this.either((store) => store.readSignInFailures(emailHash, ip));
  }

  recordSignInFailure(emailHash: string, ip: string | undefined): Promise<void> {
    return this.either((store) => store.recordSignInFailure(emailHash, ip));
  }

  async clearSignInFailures(emailHash: string): Promise<void> {
    await this.postgres.clearSignInFailures(emailHash);
    if (this.redis.available()) {
      await this.redis
        .clearSignInFailures(emailHash)
        .catch((error: unknown) => this.fellBack(error));
    }
  }

  admit(key: string, rule: LockoutRule): Promise<LockoutState> {
    return this.either((store) => store.admit(key, rule));
  }

  onApplicationShutdown(): Promise<void> {
    return this.redis.onApplicationShutdown();
  }

  private async either<T>(call: (store: LockoutStore) => Promise<T>): Promise<T> {
    if (this.redis.available()) {
      try {
        return await call(this.redis);
      } catch (error) {
        this.fellBack(error);
      }
    }
    return call(this.postgres);
  }

  private fellBack(error: unknown): void {
    if (Date.now() - this.lastFallbackLoggedAt < 30_000) return;
    this.lastFallbackLoggedAt = Date.now();
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn(`Redis lockout store failed (${message}); using PostgreSQL meanwhile`);
  }
}
