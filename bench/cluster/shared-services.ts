import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { dropBenchStores } from '../support/bench-stores';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export interface SharedStores {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  /** CREATE DATABASE (separate from the names, so that a stop during it still drops the database). */
  create(): Promise<void>;
  /** Deletes the prefix's Redis keys and drops the database (`keep`: keeps the database and says so). */
  drop(keep: boolean): Promise<void>;
  /** Last resort from a process 'exit' handler: drops the database with psql (the Redis keys stay). */
  dropSync(): void;
}

/**
 * The machine's (or DATABASE_URL's / REDIS_URL's) PostgreSQL and Redis, shared with other people: the cluster
 * gets a fresh database on that server and a fresh Redis prefix, and removes both when it stops.
 */
export function sharedStores(suffix: string): SharedStores {
  const adminUrl = process.env['DATABASE_URL'] || DEFAULT_DATABASE_URL;
  const redisUrl = process.env['REDIS_URL'] || DEFAULT_REDIS_URL;
  const database = `zl_cluster_${suffix}`;
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const redisPrefix = `zl-cluster-${suffix.replace(/_/g, '-')}`;
  let dropped = false;
  return {
    databaseUrl: url.toString(),
    redisUrl,
    redisPrefix,
    async create() {
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${database}"`);
      } finally {
        await admin.end();
      }
    },
    async drop(keep) {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await dropBenchStores({ admin: client, database, keepDatabase: keep, redisUrl, redisPrefix });
      dropped = true;
    },
    dropSync() {
      if (dropped) return;
      dropped = true;
      try {
        execFileSync(
          'psql',
          [adminUrl, '-qc', `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`],
          {
            stdio: 'ignore',
          },
        );
      } catch {
        // best effort while the process exits
      }
    },
  };
}
