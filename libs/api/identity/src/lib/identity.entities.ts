import { UserAccount } from './user-account.entity';

/** Entities of the identity context, for the explicit entity list of each process. */
export const IDENTITY_ENTITIES = [UserAccount] as const;
