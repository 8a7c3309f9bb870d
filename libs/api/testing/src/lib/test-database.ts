/** DATABASE_URL of the integration run (set by tools/integration/global-setup.ts); throws outside it. */
export function testDatabaseUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url)
    throw new Error(
      'DATABASE_URL is not set: run integration specs with `npx jest -c jest.integration.config.ts`.',
    );
  return url;
}
