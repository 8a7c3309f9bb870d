import { join } from 'node:path';
import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { appConfig, dbConfig, type AppConfig, type DbConfig } from '../config/config-slices';
import { createPostgresOptions, type EntityClass, type MigrationClass } from './database-options';
import { EMBEDDED_MAX_CONNECTIONS } from './embedded-postgres';
import { EmbeddedPostgresRunner } from './embedded-postgres.runner';

export interface DatabaseModuleOptions {
  /** Every entity the process uses (the API passes ALL_ENTITIES). */
  entities: readonly EntityClass[];
  /** Known migrations, so `DataSource.runMigrations()` works; never run automatically by the module. */
  migrations?: readonly MigrationClass[];
  /** Shown in `pg_stat_activity`. */
  applicationName?: string;
}

@Module({ providers: [EmbeddedPostgresRunner], exports: [EmbeddedPostgresRunner] })
class EmbeddedPostgresModule {}

/**
 * TypeORM root for PostgreSQL. With DATABASE_URL unset it first starts the embedded PGlite server in
 * `<DATA_DIR>/pg` and connects to that. Migrations are never run here: the API does that explicitly in
 * embedded mode, the CLI (`cli.js migrate`) with a real server.
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        EmbeddedPostgresModule,
        TypeOrmModule.forRootAsync({
          imports: [EmbeddedPostgresModule],
          inject: [dbConfig.KEY, appConfig.KEY, EmbeddedPostgresRunner],
          useFactory: async (db: DbConfig, app: AppConfig, embedded: EmbeddedPostgresRunner) => {
            const url = db.url ?? (await embedded.start(join(app.dataDir, 'pg')));
            return {
              ...createPostgresOptions({
                url,
                poolSize: db.url ? db.poolSize : Math.min(db.poolSize, EMBEDDED_MAX_CONNECTIONS),
                entities: options.entities,
                migrations: options.migrations,
                applicationName: options.applicationName,
              }),
              // Fail fast: an orchestrator restarts the process, and tests should not hang for 30 s.
              retryAttempts: 2,
              retryDelay: 1000,
            };
          },
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
