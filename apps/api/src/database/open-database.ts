import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@zusammen/api/core';
import type { DataSource } from 'typeorm';
import { createApiDataSource } from './data-source';

export interface OpenDatabase {
  dataSource: DataSource;
  mode: 'embedded' | 'services';
  close(): Promise<void>;
}

/**
 * An initialised DataSource for tools (the CLI): DATABASE_URL when set, otherwise the embedded
 * PGlite server in `<dataDir>/pg`, started here and stopped by `close()`.
 */
export async function openDatabase(env: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<OpenDatabase> {
  let embedded: EmbeddedPostgres | undefined;
  const url =
    env.databaseUrl ??
    (embedded = await startEmbeddedPostgres({ dataDir: join(env.dataDir, 'pg') })).url;
  const dataSource = createApiDataSource(url, { logging: ['error', 'warn', 'migration'] });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    mode: embedded ? 'embedded' : 'services',
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
