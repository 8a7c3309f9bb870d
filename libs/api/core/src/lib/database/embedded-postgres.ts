import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// The contrib entry points ship CommonJS builds, but their `exports` map hands TypeScript the ESM
// typings first, so they are required explicitly. Works under webpack (externals stay `require`)
// and ts-jest alike; `@electric-sql/pglite` and `-socket` resolve to their CommonJS builds normally.
const { btree_gist } = require('@electric-sql/pglite/contrib/btree_gist') as {
  btree_gist: Extension;
};
const { uuid_ossp } = require('@electric-sql/pglite/contrib/uuid_ossp') as { uuid_ossp: Extension };

/**
 * Connections the socket server accepts. Every pool that talks to the embedded database must stay
 * at or below this (DESIGN.md §2); {@link DatabaseModule} caps its pool accordingly.
 */
export const EMBEDDED_MAX_CONNECTIONS = 20;

export interface EmbeddedPostgresOptions {
  /** Folder of the PGlite cluster, e.g. `.data/pg`. Created when missing; kept across restarts. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
}

export interface EmbeddedPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` for the normal `pg` driver. */
  readonly url: string;
  readonly dataDir: string;
  /** Closes the socket server, then the database (flushes it to `dataDir`). Idempotent. */
  stop(): Promise<void>;
}

/**
 * One process at a time may open a PGlite data directory: a second opener would corrupt it.
 * The lock file holds the owner's pid; a lock whose process is gone is taken over.
 */
function acquireLock(lockFile: string): () => void {
  mkdirSync(dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `The embedded database in ${dirname(lockFile)} is in use by process ${owner}. ` +
            'Stop that process first, or set DATABASE_URL to use a PostgreSQL server.',
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database (${lockFile}).`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Starts PostgreSQL in-process (DESIGN.md §12): PGlite with `btree_gist` and `uuid-ossp`, exposed over
 * the wire protocol so TypeORM and `pg` connect to it like to any server.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const releaseLock = acquireLock(join(dirname(dataDir), `${basename(dataDir)}.lock`));
  let db: PGlite | undefined;
  try {
    db = await PGlite.create({ dataDir, extensions: { btree_gist, uuid_ossp } });
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: options.port ?? 0,
      maxConnections: EMBEDDED_MAX_CONNECTIONS,
    });
    await server.start();
    const url = `postgres://postgres@${server.getServerConn()}/postgres`;
    const openDb = db;
    let stopping: Promise<void> | undefined;
    return {
      url,
      dataDir,
      stop: () => {
        stopping ??= (async () => {
          try {
            await server.stop();
          } finally {
            try {
              await openDb.close();
            } finally {
              releaseLock();
            }
          }
        })();
        return stopping;
      },
    };
  } catch (error) {
    if (db && !db.closed) await db.close().catch(() => undefined);
    releaseLock();
    throw error;
  }
}
