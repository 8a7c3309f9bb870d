import { Injectable } from '@nestjs/common';
import {
  CommonErrorCode,
  type ProfileResponse,
  type UpdateProfileRequest,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { IdentityException } from '../identity.exception';
import { UserAccount } from '../user-account.entity';

/** The signed-in user's own profile (the password change is in @zusammen/api/accounts). */
@Injectable()
export class ProfileService {
  constructor(private readonly dataSource: DataSource) {}

  async getProfile(userId: string): Promise<ProfileResponse> {
    return toProfile(await this.findAccount(this.dataSource.manager, userId));
  }

  /** Changes only the fields given, in one transaction; `phone: ''` (or null) removes the number. */
  async updateProfile(userId: string, changes: UpdateProfileRequest): Promise<ProfileResponse> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.findAccount(manager, userId, true);
      if (typeof changes.displayName === 'string') account.displayName = changes.displayName;
      if (changes.phone !== undefined) account.phone = changes.phone ? changes.phone : null;
      if (typeof changes.locale === 'string') account.locale = changes.locale;
      return toProfile(await manager.getRepository(UserAccount).save(account));
    });
  }

  private async findAccount(
    manager: EntityManager,
    userId: string,
    lock = false,
  ): Promise<UserAccount> {
    const query = manager
      .getRepository(UserAccount)
      .createQueryBuilder('account')
      .where('account.id = :userId', { userId });
    if (lock) query.setLock('pessimistic_write');
    const account = await query.getOne();
    // the guard found the session moments ago; a vanished account is a race with deletion
    if (!account) throw new IdentityException(CommonErrorCode.Unauthenticated);
    return account;
  }
}

function toProfile(account: UserAccount): ProfileResponse {
  return {
    displayName: account.displayName,
    email: account.email,
    phone: account.phone,
    locale: account.locale,
  };
}
