import { createPostgresOptions, type DatabaseModuleOptions } from '@zusammen/api/core';
import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { ALL_ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** What the API's DatabaseModule and the CLI share: the same entities and migrations. */
export const API_DATABASE_OPTIONS: DatabaseModuleOptions = {
  entities: ALL_ENTITIES,
  migrations: MIGRATIONS,
  applicationName: 'zusammenleben-api',
};

/** The one DataSource definition (STYLE.md §4.6) for a given server; the app module uses the same options. */
export function createApiDataSource(
  url: string,
  options: { poolSize?: number; logging?: PostgresDataSourceOptions['logging'] } = {},
): DataSource {
  return new DataSource(
    createPostgresOptions({
      ...API_DATABASE_OPTIONS,
      url,
      poolSize: options.poolSize ?? 4,
      logging: options.logging,
    }),
  );
}
