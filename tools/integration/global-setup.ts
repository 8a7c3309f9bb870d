import 'reflect-metadata';
// Order matters: the aliases must be registered before the API's modules are required.
import './register-path-aliases';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
// Apps have no import alias; this test infrastructure needs the API's real DataSource and migrations.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApiDataSource } from '../../apps/api/src/database/data-source';
import {
  DEFAULT_TEST_DATABASE_ADMIN_URL,
  DEFAULT_TEST_REDIS_URL,
  TEST_DATABASE_NAME_VAR,
  withDatabase,
} from './integration-env';

/**
 * One fresh database per integration run (`zl_it_<timestamp>_<random>`) on the server of
 * TEST_DATABASE_ADMIN_URL, migrated with the real migrations, plus a Redis prefix of the same suffix.
 * Workers inherit DATABASE_URL, REDIS_URL and REDIS_PREFIX from here.
 */
export default async function globalSetup(): Promise<void> {
  const adminUrl = process.env['TEST_DATABASE_ADMIN_URL'] ?? DEFAULT_TEST_DATABASE_ADMIN_URL;
  const suffix = `${Date.now()}_${randomBytes(3).toString('hex')}`;
  const database = `zl_it_${suffix}`;

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  process.env[TEST_DATABASE_NAME_VAR] = database;

  const databaseUrl = withDatabase(adminUrl, database);
  const dataSource = createApiDataSource(databaseUrl);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }

  process.env['DATABASE_URL'] = databaseUrl;
  process.env['REDIS_URL'] ??= DEFAULT_TEST_REDIS_URL;
  process.env['REDIS_PREFIX'] = `zl-it-${suffix.replace(/_/g, '-')}`;
  process.env['NODE_ENV'] = 'test';
  process.env['LOG_LEVEL'] ??= 'error';
  process.env['DEMO_DATA'] = 'false';
  process.stdout.write(
    `\nIntegration run: database ${database}, Redis prefix ${process.env['REDIS_PREFIX']}\n`,
  );
}
