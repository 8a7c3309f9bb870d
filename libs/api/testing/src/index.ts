export * from './lib/create-test-app';
export * from './lib/test-database';
export * from './lib/embedded-postgres-process';
export * from './lib/factories/unique-suffix';
export * from './lib/factories/room.factory';
export * from './lib/factories/user-account.factory';
export * from './lib/smtp-sink';
export * from './lib/test-redis';
