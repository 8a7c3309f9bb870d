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
 * 4. A race: 10 desk users hand out the same bike to 10 borrowers at once; exactly one rental, nine 409s.
 *
 * Smoke mode (BENCH_SMOKE=1 or --smoke, bench/smoke.ts): the same steps with 150 concurrent and 50 sequential
 * handouts, 400 pgbench transactions, then the thresholds below.
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
import { DataSource } from 'typeorm';
import { countQueries, ms, percentile, runConcurrently } from '../support/measure';
import { createBenchStores, dropBenchStores } from '../support/bench-stores';
import { requirePgbench, runPgbench } from '../support/pgbench';
import { raceForOne } from '../support/race';
import { reportSmoke, SMOKE } from '../support/smoke';
// The benchmark needs the API's real AppModule, DataSource and migrations, like the integration set-up.
import { AppModule } from '../../apps/api/src/app/app.module';
import { createApiDataSource } from '../../apps/api/src/database/data-source';
import { handoutScript, seedHandouts } from './seed';

const CLIENTS = 20;
const HANDOUTS = SMOKE
  ? Number(process.env['BENCH_HANDOUTS'] ?? 150)
  : Math.max(200, Number(process.env['BENCH_HANDOUTS'] ?? 1500));
const PG_HANDOUTS = Math.max(
  CLIENTS * 10,
  Number(process.env['BENCH_PG_HANDOUTS'] ?? (SMOKE ? 400 : 4000)),
);
const SEQUENTIAL = SMOKE ? 50 : 200;
const COUNTED = SMOKE ? 20 : 50;
const WARM_UP = SMOKE ? 10 : 30;
const RACE_CONTENDERS = 10;
const KEEP_DATABASE = process.env['BENCH_KEEP_DATABASE'] === '1';

/**
 * Smoke floor for API / pgbench handouts at 20 clients: measured 0.074–0.102 in smoke mode (150 handouts, load 5–20),
 * and 0.095 (load 14–16) to 0.212 (idle) in full runs, 2 cores.
 */
const SMOKE_RATIO_MIN = 0.02;
/** Smoke ceiling for SQL statements per handout (session check included): measured 17. */
const SMOKE_STATEMENTS_MAX = 20;

async function main(): Promise<void> {
  const { admin, database, databaseUrl, redisUrl, redisPrefix } =
    await createBenchStores('workshop');
  const url = new URL(databaseUrl);
  const migrator = createApiDataSource(url.toString());
  const scriptDir = mkdtempSync(join(tmpdir(), 'zl-bench-workshop-'));
  let app: NestFastifyApplication | undefined;
  try {
    await requirePgbench();
    await migrator.initialize();
    await migrator.runMigrations({ transaction: 'each' });
    const apiPairs = HANDOUTS + SEQUENTIAL + COUNTED + WARM_UP + 1 + RACE_CONTENDERS;
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
    const postHandout = async (client: number, bikeId: string, borrowerId: string) => {
      const body: HandoutRequest = {
        bikeId,
        borrowerId,
        feeStatus: 'paid',
        depositStatus: 'held',
        accessoriesOut: ['lock', 'lights'],
        signatureKind: 'paper',
      };
      return fetch(`${base}${WORKSHOP_ROUTES.rentals}`, {
        method: 'POST',
        headers: headers[client % headers.length],
        body: JSON.stringify(body),
      });
    };
    const handout = async (client: number) => {
      const pair = pairs[k++];
      const response = await postHandout(client, pair.bike_id, pair.borrower_id);
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

    // 4. the bike of the next pair, handed out to the next 10 pairs' borrowers at once by 10 desk users
    const contested = pairs[k];
    const race = await raceForOne(RACE_CONTENDERS, async (i) => {
      const response = await postHandout(i, contested.bike_id, pairs[k + i].borrower_id);
      await response.arrayBuffer();
      return response.status;
    });
    k += 1; // the contested bike's pair: its one rental counts with the API's
    if (race.winners !== 1 || race.other.length > 0)
      throw new Error(`race for one bike: ${JSON.stringify(race)} (expected 1 winner, 9 × 409)`);

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
    console.log(
      `   race for one bike, ${RACE_CONTENDERS} desks at once: ${race.winners} handed out, ${race.refused} × 409`,
    );
    if (SMOKE)
      reportSmoke('workshop', [
        {
          name: 'ratio API / pgbench handouts, 20 clients',
          value: apiPerSecond / sql.tps,
          kind: 'min',
          limit: SMOKE_RATIO_MIN,
        },
        {
          name: 'SQL statements per handout',
          value: statements / COUNTED,
          kind: 'max',
          limit: SMOKE_STATEMENTS_MAX,
        },
        { name: 'race for one bike: rentals', value: race.winners, kind: 'equal', limit: 1 },
      ]);
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
