import type { MigrationInterface } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** An entity class (features export arrays of them, e.g. `BOOKING_ENTITIES`). */
export type EntityClass = abstract new (...args: never[]) => object;
/** A migration class listed in `apps/api/src/database/migrations/index.ts`. */
export type MigrationClass = new () => MigrationInterface;

export const MIGRATIONS_TABLE_NAME = 'schema_migration';

export interface PostgresOptionsInput {
  url: string;
  poolSize: number;
  entities: readonly EntityClass[];
  migrations?: readonly MigrationClass[];
  /** Shown in `pg_stat_activity`, e.g. `zusammenleben-api`. */
  applicationName?: string;
  /** TypeORM query logging (off by default: errors reach the exception filter and its log). */
  logging?: PostgresDataSourceOptions['logging'];
}

/**
 * The one definition of how the platform talks to PostgreSQL — used by the API's TypeORM module, the
 * worker, the database CLI and the integration-test setup alike (STYLE.md §4.6): explicit entity and
 * migration lists, no synchronize, no automatic migrations, a named migrations table.
 */
export function createPostgresOptions(input: PostgresOptionsInput): PostgresDataSourceOptions {
  return {
    type: 'postgres',
    url: input.url,
    entities: [...input.entities],
    migrations: [...(input.migrations ?? [])],
    migrationsTableName: MIGRATIONS_TABLE_NAME,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL ≥ 13 and PGlite; extensions come from migrations only.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    poolSize: input.poolSize,
    connectTimeoutMS: 10_000,
    applicationName: input.applicationName ?? 'zusammenleben',
    logging: input.logging ?? false,
  };
}
