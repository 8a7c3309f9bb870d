import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testDatabaseUrl } from './test-database';

/**
 * Tables whose first rows the migrations insert and the code relies on (the settings version 1): their
 * copies get those rows too, so a copy behaves like a freshly migrated database.
 */
const MIGRATION_ROWS: Readonly<Record<string, string>> = {
  sponsorship_settings: `"version" = 1`,
};

export interface IsolatedSchema {
  /** The schema's name, e.g. `zlt_outbox_3f9a1c`. */
  name: string;
  /** The run's DATABASE_URL with `search_path` set to the schema: use it as DATABASE_URL of the code under test. */
  url: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

/**
 * Copies of some tables of the run's migrated database (structure, defaults, checks, indexes and the foreign keys
 * among them) in a schema of their own, reached through `url`. For tests whose code claims "all rows" — such as
 * the outbox relay — and would otherwise take rows of test files running in parallel on the same database.
 */
export async function createIsolatedSchema(
  label: string,
  tables: readonly string[],
): Promise<IsolatedSchema> {
  const name = `zlt_${label.replace(/[^a-z0-9_]+/g, '_').slice(0, 20)}_${randomBytes(3).toString('hex')}`;
  const baseUrl = testDatabaseUrl();
  const client = new Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA "${name}"`);
    for (const table of tables) {
      await client.query(
        `CREATE TABLE "${name}"."${table}" (LIKE public."${table}" INCLUDING ALL)`,
      );
    }
    // foreign keys between the copied tables, as pg_get_constraintdef prints them for public
    const { rows } = await client.query<{ table: string; constraint: string; definition: string }>(
      `SELECT c.conrelid::regclass::text AS table, c.conname AS constraint,
              pg_get_constraintdef(c.oid) AS definition
         FROM pg_constraint c
        WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
          AND c.conrelid::regclass::text = ANY($1) AND c.confrelid::regclass::text = ANY($1)`,
      [tables],
    );
    for (const table of tables) {
      const where = MIGRATION_ROWS[table];
      if (where) {
        await client.query(
          `INSERT INTO "${name}"."${table}" SELECT * FROM public."${table}" WHERE ${where}`,
        );
      }
    }
    await client.query(`SET search_path = "${name}"`);
    for (const row of rows) {
      await client.query(
        `ALTER TABLE "${row.table}" ADD CONSTRAINT "${row.constraint}" ${row.definition}`,
      );
    }
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    name,
    url: url.toString(),
    async drop(): Promise<void> {
      const admin = new Client({ connectionString: baseUrl });
      await admin.connect();
      try {
        await admin.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}
