// Migration drift check: on a fresh database, apply every migration, then ask the schema builder what
// `migration:generate` would write. Anything at all means an entity changed without a migration.
// Uses the built CLI (dist/apps/api/cli.js), the same one production runs for migrations.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';

const cli = 'dist/apps/api/cli.js';
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run \`npx nx build api\` first`);
  process.exit(1);
}
const adminUrl =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `zl_drift_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
const url = new URL(adminUrl);
url.pathname = `/${database}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${database}"`);
let code = 0;
try {
  const env = { ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'warn' };
  execFileSync(process.execPath, [cli, 'migrate'], { env, stdio: 'inherit' });
  execFileSync(process.execPath, [cli, 'check'], { env, stdio: 'inherit' });
} catch (error) {
  code = typeof error.status === 'number' ? error.status : 1;
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
}
process.exit(code);
