/**
 * Runs the platform's embedded PostgreSQL in its own process for tests: PGlite loads its WebAssembly
 * with dynamic `import()`, which Jest's module sandbox does not allow (DESIGN.md §2). Started by
 * `spawnEmbeddedPostgres()` of @zusammen/api/testing:
 *   node -r ts-node/register/transpile-only tools/integration/embedded-postgres.process.ts <dataDir>
 * Prints one JSON line `{"url": …}` when ready; SIGTERM stops PostgreSQL cleanly and exits 0.
 */
// Deliberately the single file, not `@zusammen/api/core`: this child runs under plain ts-node without
// the alias resolver, and loading all of core (Nest, TypeORM) would only slow every start down.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startEmbeddedPostgres } from '../../libs/api/core/src/lib/database/embedded-postgres';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: embedded-postgres.process.ts <dataDir>');
  const pg = await startEmbeddedPostgres({ dataDir });
  const stop = (): void => {
    pg.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdout.write(`${JSON.stringify({ url: pg.url })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
