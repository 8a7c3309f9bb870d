import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig, deriveAccountLinkSecret, hashAccountLinkSecret } from '@zusammen/api/core';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AccountToken, type AccountTokenPurpose } from './account-token.entity';

export type ConsumeTokenResult =
  { ok: true; token: AccountToken } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * Single-use account links. `issue` supersedes earlier open links of the same purpose (only the newest mail
 * works) and returns the token id for the notification payload; the secret is derived from the id with
 * TOKEN_SECRET when the mail is rendered. `consume` looks a secret up by its hash among the accepted purposes,
 * under a row lock, and marks it used.
 */
@Injectable()
export class AccountTokens {
  constructor(@Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>) {}

  async issue(
    manager: EntityManager,
    userId: string,
    purpose: AccountTokenPurpose,
    lifetimeMs: number,
  ): Promise<string> {
    await manager.query(
      `UPDATE account_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
    const id = randomUUID();
    const tokenHash = hashAccountLinkSecret(deriveAccountLinkSecret(this.app.tokenSecret, id));
    await manager.query(
      `INSERT INTO account_token (id, user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5::double precision))`,
      [id, userId, purpose, tokenHash, lifetimeMs / 1000],
    );
    return id;
  }

  /** The secret of a token id, as the mail carries it (tests and the renderer use the same derivation). */
  secretOf(tokenId: string): string {
    return deriveAccountLinkSecret(this.app.tokenSecret, tokenId);
  }

  async consume(
    manager: EntityManager,
    secret: string,
    purposes: AccountTokenPurpose | readonly AccountTokenPurpose[],
  ): Promise<ConsumeTokenResult> {
    const token = await manager
      .getRepository(AccountToken)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.token_hash = :hash AND t.purpose IN (:...purposes)', {
        hash: hashAccountLinkSecret(secret),
        purposes: typeof purposes === 'string' ? [purposes] : purposes,
      })
      .getOne();
    if (!token || token.usedAt !== null) return { ok: false, reason: 'invalid' };
    const [{ expired }] = await manager.query(`SELECT $1::timestamptz <= now() AS expired`, [
      token.expiresAt,
    ]);
    if (expired) return { ok: false, reason: 'expired' };
    await manager.update(AccountToken, { id: token.id }, { usedAt: () => 'now()' });
    return { ok: true, token };
  }
}
