export * from './lib/accounts.module';
export { ERASED_DISPLAY_NAME } from './lib/privacy/account-erasure.service';
// for AppModule-level tests and other composition roots
export { AdminUsersService } from './lib/admin/admin-users.service';
