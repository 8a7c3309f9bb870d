/**
 * bench/workshop/run.ts: handouts at the Fahrradwerkstatt counter THROUGH THE API, against the same handout as
 * one SQL transaction in pgbench, on the same database in the same run.
 *
 *   npm run bench:workshop                       (local PostgreSQL and Redis, as the integration tests; no build)
 *   BENCH_HANDOUTS=600 BENCH_PG_HANDOUTS=2000 npm run bench:workshop      (shorter)
 *   BENCH_KEEP_DATABASE=1 npm run bench:workshop                          (keeps the database)
 *   BENCH_TRACE=1 npm run bench:workshop                                  (prints the SQL of one handout)
 *
 * A fresh database (real migrations) gets 20 desk users (role workshop, sessions created directly) and, per
 * handout, a fresh bike (roadworthy, available, passed inspection) and a fresh borrower (eligible, briefed), so
 * every request is a 201 and nothing is reset in between. The API (AppModule, production settings, pool of 20)
 * listens on a local port; the clients are `fetch` calls in the same process.
 *
 * 1. BENCH_HANDOUTS POST /api/workshop/rentals from 20 concurrent clients, handouts per second with p50/p99;
 *    then 200 from one client.
 * 2. pgbench, 20 clients, BENCH_PG_HANDOUTS transactions in all (bounded by count, not time): the handout
 *    transaction (seed.ts `handoutScript`); tps, p50/p99 from its per-transaction log. Ratio API / pgbench.
 * 3. SQL statements per handout (TypeORM, sequential requests, session check included).
 */
import '../../tools/integration/register-path-aliases';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { configureHttpApp, createFastifyAdapter } from '@zusammen/api/core';
import { SessionService } from '@zusammen/api/identity';
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  SESSION_COOKIE,
  WORKSHOP_ROUTES,
  type HandoutRequest,
} from '@zusammen/shared/contracts';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { countQueries, ms, percentile, runConcurrently } from '../support/measure';
import { dropBenchStores } from '../support/bench-stores';
import { requirePgbench, runPgbench } from '../support/pgbench';
// The benchmark needs the API's real AppModule, DataSource and migrations, like the integration set-up.
import { AppModule } from '../../apps/api/src/app/app.module';
import { createApiDataSource } from '../../apps/api/src/database/data-source';
import { handoutScript, seedHandouts } from './seed';

const CLIENTS = 20;
const HANDOUTS = Math.max(200, Number(process.env['BENCH_HANDOUTS'] ?? 1500));
const PG_HANDOUTS = Math.max(CLIENTS * 10, Number(process.env['BENCH_PG_HANDOUTS'] ?? 4000));
const SEQUENTIAL = 200;
const COUNTED = 50;
const WARM_UP = 30;
const KEEP_DATABASE = process.env['BENCH_KEEP_DATABASE'] === '1';

async function main(): Promise<void> {
  const adminUrl =
    process.env['TEST_DATABASE_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const suffix = `${Date.now()}_${randomBytes(3).toString('hex')}`;
  const database = `zl_bench_workshop_${suffix}`;
  const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const redisPrefix = `zl-bench-workshop-${suffix.replace(/_/g, '-')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const migrator = createApiDataSource(url.toString());
  const scriptDir = mkdtempSync(join(tmpdir(), 'zl-bench-workshop-'));
  let app: NestFastifyApplication | undefined;
  try {
    await requirePgbench();
    await migrator.initialize();
    await migrator.runMigrations({ transaction: 'each' });
    const apiPairs = HANDOUTS + SEQUENTIAL + COUNTED + WARM_UP + 1;
    await seedHandouts(migrator, { deskUsers: CLIENTS, apiPairs, pgPairs: PG_HANDOUTS });
    await migrator.destroy();

    // the API as main.ts starts it (without the pino logger), configured like production
    Object.assign(process.env, {
      NODE_ENV: 'production',
      TOKEN_SECRET: randomBytes(48).toString('base64url'),
      DATABASE_URL: url.toString(),
      DB_POOL_SIZE: '20',
      REDIS_URL: redisUrl,
      REDIS_PREFIX: redisPrefix,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
    });
    app = await NestFactory.create<NestFastifyApplication>(
      AppModule,
      createFastifyAdapter({ trustProxy: false }),
      {
        logger: ['error', 'warn'],
        abortOnError: false,
      },
    );
    await configureHttpApp(app, { logger: new Logger('Bench') });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.getHttpServer().address();
    if (!address || typeof address !== 'object') throw new Error('the API did not listen');
    const base = `http://127.0.0.1:${address.port}`;
    const dataSource = app.get(DataSource);
    const sessions = app.get(SessionService);

    const desk: { id: string }[] = await dataSource.query(
      `SELECT id FROM user_account WHERE email LIKE 'ausgabe-%@bench.invalid' ORDER BY email`,
    );
    const headers: Record<string, string>[] = [];
    for (const user of desk) {
      const issued = await sessions.createSession(user.id, { userAgent: 'bench', ip: '127.0.0.1' });
      headers.push({
        cookie: `${SESSION_COOKIE}=${issued.token}; ${CSRF_COOKIE}=${issued.csrfToken}`,
        [CSRF_HEADER.toLowerCase()]: issued.csrfToken,
        'content-type': 'application/json',
      });
    }
    const pairs: { bike_id: string; borrower_id: string }[] = await dataSource.query(
      `SELECT bike_id, borrower_id FROM bench_api_pair ORDER BY n`,
    );
    let k = 0;
    const handout = async (client: number) => {
      const pair = pairs[k++];
      const body: HandoutRequest = {
        bikeId: pair.bike_id,
        borrowerId: pair.borrower_id,
        feeStatus: 'paid',
        depositStatus: 'held',
        accessoriesOut: ['lock', 'lights'],
        signatureKind: 'paper',
      };
      const response = await fetch(`${base}${WORKSHOP_ROUTES.rentals}`, {
        method: 'POST',
        headers: headers[client % headers.length],
        body: JSON.stringify(body),
      });
      if (response.status !== 201)
        throw new Error(`handout: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    };

    for (let i = 0; i < WARM_UP; i++) await handout(i);
    const statements = await countQueries(async () => {
      for (let i = 0; i < COUNTED; i++) await handout(i);
    });
    const trace: string[] = [];
    await countQueries(() => handout(0), trace);
    if (process.env['BENCH_TRACE'] === '1') console.log(`one handout:\n  ${trace.join('\n  ')}`);
    const concurrent = await runConcurrently(HANDOUTS, CLIENTS, (_, client) => handout(client));
    const sequential = await runConcurrently(SEQUENTIAL, 1, (i) => handout(i));
    const apiPerSecond = HANDOUTS / concurrent.seconds;
    const sql = await runPgbench(url.toString(), handoutScript(scriptDir), {
      clients: CLIENTS,
      transactions: PG_HANDOUTS,
    });

    const [check]: { api: number; pg: number; open_twice: number; not_on_loan: number }[] =
      await dataSource.query(
        `SELECT (SELECT count(*)::int FROM rental r JOIN bench_api_pair p ON p.bike_id = r.bike_id) AS api,
              (SELECT count(*)::int FROM rental r JOIN bench_pg_pair p ON p.bike_id = r.bike_id) AS pg,
              (SELECT count(*)::int FROM (SELECT bike_id FROM rental WHERE status = 'active' GROUP BY bike_id
                                            HAVING count(*) > 1) x) AS open_twice,
              (SELECT count(*)::int FROM rental r JOIN bike b ON b.id = r.bike_id
                WHERE r.status = 'active' AND b.availability <> 'on_loan') AS not_on_loan`,
      );
    const expectedPg = Math.floor(PG_HANDOUTS / CLIENTS) * CLIENTS;
    if (check.api !== k || check.pg !== expectedPg || check.open_twice || check.not_on_loan)
      throw new Error(
        `unexpected rows after the run: ${JSON.stringify(check)} (API ${k}, pgbench ${expectedPg})`,
      );

    console.log('');
    console.log(
      `Handouts at the counter (${CLIENTS} concurrent clients, one fresh bike and borrower each)`,
    );
    console.log(
      `   API POST ${WORKSHOP_ROUTES.rentals}  ${apiPerSecond.toFixed(0).padStart(6)} handouts/s ` +
        `(${HANDOUTS} in ${concurrent.seconds.toFixed(1)} s; p50 ${ms(percentile(concurrent.latencies, 50))}, ` +
        `p99 ${ms(percentile(concurrent.latencies, 99))})`,
    );
    console.log(
      `   API, 1 client                   p50 ${ms(percentile(sequential.latencies, 50))}, ` +
        `p99 ${ms(percentile(sequential.latencies, 99))} (${(SEQUENTIAL / sequential.seconds).toFixed(0)} handouts/s)`,
    );
    console.log(
      `   pgbench handout transaction     ${sql.tps.toFixed(0).padStart(6)} tps (${expectedPg} transactions; ` +
        `p50 ${ms(sql.p50)}, p99 ${ms(sql.p99)})`,
    );
    console.log(`   ratio API / pgbench             ${(apiPerSecond / sql.tps).toFixed(3)}`);
    console.log(
      `   SQL statements per handout (API, session check included)  ${(statements / COUNTED).toFixed(1)}`,
    );
  } finally {
    await app?.close();
    if (migrator.isInitialized) await migrator.destroy();
    rmSync(scriptDir, { recursive: true, force: true });
    await dropBenchStores({ admin, database, keepDatabase: KEEP_DATABASE, redisUrl, redisPrefix });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
