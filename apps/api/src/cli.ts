import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { assertValidEnvOrExit, loadDotEnvFile } from '@zusammen/api/core';
import { openDatabase, type OpenDatabase } from './database/open-database';
import {
  computeSchemaDiff,
  formatQueries,
  MIGRATION_NAME_PATTERN,
  renderMigration,
} from './database/schema-drift';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoData } from './database/seeds/demo-data';

const USAGE = `Usage: node dist/apps/api/cli.js <command>

  migrate                run all pending migrations
  revert                 revert the last applied migration
  generate <kebab-name>  write a migration for the difference between entities and database
  check                  exit 1 and print the SQL if entities and database differ ("drift"), else 0
  seed                   load the demo data (idempotent)
  demo-logins            print the demo accounts and their password (no database needed)

Uses DATABASE_URL; when it is unset, the embedded database in <DATA_DIR>/pg (stop the API first).`;

/** Where `generate` writes: the source folder, found from the working directory (the repo root). */
const MIGRATIONS_DIR = resolve(process.cwd(), 'apps/api/src/database/migrations');

/** The demo accounts as a small table for the `npm start` banner. */
function listDemoLogins(): string {
  const width = Math.max(...DEMO_LOGINS.map((l) => l.email.length));
  const rows = DEMO_LOGINS.map((l) => `    ${l.email.padEnd(width)}  ${l.roles.join(', ')}`);
  return [`  Demo logins (password ${DEMO_PASSWORD}):`, ...rows].join('\n');
}

type Command = (db: OpenDatabase, args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  migrate: async ({ dataSource }) => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`
        : 'No pending migrations.',
    );
    return 0;
  },
  revert: async ({ dataSource }) => {
    const before = await dataSource
      .query(`SELECT "name" FROM "schema_migration" ORDER BY "id" DESC LIMIT 1`)
      .catch(() => []);
    await dataSource.undoLastMigration({ transaction: 'each' });
    const name = (before as { name: string }[])[0]?.name;
    console.log(name ? `Reverted ${name}.` : 'No migration to revert.');
    return 0;
  },
  generate: async ({ dataSource }, args) => {
    const name = args[0];
    if (!name || !MIGRATION_NAME_PATTERN.test(name)) {
      console.error('generate needs a kebab-case name, e.g. `generate add-room-booking`.');
      return 2;
    }
    const diff = await computeSchemaDiff(dataSource);
    if (diff.up.length === 0) {
      console.log(
        'No changes: the database already matches the entities (run `migrate` first if migrations are pending).',
      );
      return 0;
    }
    const timestamp = Date.now();
    const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
    writeFileSync(file, renderMigration(name, timestamp, diff));
    console.log(`Wrote ${relative(process.cwd(), file)} (${diff.up.length} statement(s)).`);
    console.log(
      'Review it, then add the class to apps/api/src/database/migrations/index.ts (MIGRATIONS), oldest first.',
    );
    return 0;
  },
  check: async ({ dataSource }) => {
    if (await dataSource.showMigrations()) {
      console.error('Pending migrations: run `migrate` first, then `check`.');
      return 1;
    }
    const diff = await computeSchemaDiff(dataSource);
    if (diff.up.length === 0) {
      console.log('No drift: the database schema matches the entities.');
      return 0;
    }
    console.error(
      `Schema drift: ${diff.up.length} statement(s) would change the database.\n${formatQueries(diff.up)}`,
    );
    console.error('Write a migration for it: `generate <kebab-name>`.');
    return 1;
  },
  seed: async ({ dataSource }) => {
    const result = await seedDemoData(dataSource);
    console.log(
      `Demo data: ${result.roomsInserted} room(s), ${result.usersInserted} user(s), ${result.volunteersInserted} volunteer profile(s), ${result.familiesInserted} famil(y/ies), ${result.pairingsInserted} pairing(s), ${result.bookingsInserted} room booking(s), ${result.eventsInserted} event(s) and ${result.registrationsInserted} registration(s) inserted.`,
    );
    return 0;
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === 'demo-logins') {
    console.log(listDemoLogins());
    return 0;
  }
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(USAGE);
    return name === undefined || name === 'help' || name === '--help' ? 0 : 2;
  }
  loadDotEnvFile();
  const env = assertValidEnvOrExit();
  const db = await openDatabase(env);
  try {
    return await command(db, args);
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
