export * from './lib/user-account.entity';
export * from './lib/identity.entities';
export * from './lib/password-hashing';
