import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createApiDataSource } from '../database/data-source';

export interface OwnDatabase {
  /** DATABASE_URL of the new database, to pass to `createTestApp({ env })`. */
  url: string;
  /** Drops the database (closing whatever connections are still open to it). */
  drop(): Promise<void>;
}

/**
 * A freshly migrated database of its own on the server of the run's DATABASE_URL, named `<run database>_<label>_<hex>`
 * so the integration teardown's leftovers are recognisable. For specs that write at random (the fuzz spec signs in
 * as admin and sends mutating requests with generated bodies): the other spec files share the run's database with
 * two jest workers and must never see those rows.
 */
export async function createOwnDatabase(runUrl: string, label: string): Promise<OwnDatabase> {
  const server = new URL(runUrl);
  const runName = server.pathname.slice(1);
  const name =
    `${runName}_${label.replace(/[^a-z0-9]+/g, '')}_${randomBytes(3).toString('hex')}`.slice(0, 63);
  const adminUrl = new URL(runUrl);
  adminUrl.pathname = '/postgres';
  adminUrl.search = '';
  const run = async (sql: string): Promise<void> => {
    const admin = new Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(runUrl);
  url.pathname = `/${name}`;
  const dataSource = createApiDataSource(url.toString());
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    await run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw error;
  }
  await dataSource.destroy();
  return {
    url: url.toString(),
    drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
