/** Names shared by the integration global setup and teardown (and visible to the tests). */
export const DEFAULT_TEST_DATABASE_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_TEST_REDIS_URL = 'redis://127.0.0.1:6379';
/** Set by the setup so the teardown knows what to drop (globalSetup and globalTeardown share process.env). */
export const TEST_DATABASE_NAME_VAR = 'ZL_IT_DATABASE_NAME';

/** `postgres://…/postgres` with another database name. */
export function withDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
