import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createTestApp,
  createTestRedis,
  createUserAccount,
  signInForTest,
  testDatabaseUrl,
  type TestRedis,
  type TestSession,
} from '@zusammen/api/testing';
import { AUTH_ROUTES, ROLES } from '@zusammen/shared/contracts';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { fuzzRequest, type FuzzRequest } from './fuzz-request';
import { listOperations, type FuzzOperation, type OpenApiDocument } from './openapi-operations';
import { createOwnDatabase, type OwnDatabase } from './own-database';
import { responseViolations } from './response-checks';

/**
 * Property-based fuzzing of every operation in the OpenAPI document (issue 8, "Bad input"): for each operation,
 * FUZZ_RUNS generated requests (hostile path ids, query values and mutated JSON bodies), each sent anonymously and
 * as a signed-in user holding every role (with the CSRF header, so validation behind the guard is reached).
 * Properties: no 5xx; every 4xx is `{ code, message, details? }`; an echoed injection string is never HTML.
 *
 * Runs against a database and Redis prefix of its own: it writes at random as admin, and the other spec files
 * share the run's database. FUZZ_SEED (default fixed) reproduces a run; fast-check prints each counterexample.
 *   FUZZ_SEED=42 FUZZ_RUNS=50 npx jest -c jest.integration.config.ts apps/api/src/fuzz
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261127);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 15);
const PASSWORD = 'Fuzz-Admin-2026!';

describe('OpenAPI fuzz: every operation with hostile input (integration, own database)', () => {
  let database: OwnDatabase | undefined;
  let redis: TestRedis | undefined;
  let app: NestFastifyApplication;
  let admin: TestSession;
  let adminsCreated = 0;

  async function newAdmin(): Promise<TestSession> {
    adminsCreated++;
    const user = await createUserAccount(app.get(DataSource), {
      roles: [...ROLES],
      password: PASSWORD,
    });
    return signInForTest(app, user.email ?? '', PASSWORD);
  }

  /**
   * The fuzz session may end by the fuzz's own doing — sign-out, deleting or deactivating one's own account,
   * a password change — so after every accepted state-changing request the session is checked and, when gone,
   * a new admin is signed in (counted in `adminsCreated`) rather than skipping those operations.
   */
  async function keepAdminSignedIn(): Promise<boolean> {
    const check = await app.inject({
      method: 'GET',
      url: AUTH_ROUTES.session,
      headers: admin.headers(),
    });
    if (check.statusCode === 200) return true;
    admin = await newAdmin();
    return false;
  }

  beforeAll(async () => {
    database = await createOwnDatabase(testDatabaseUrl(), 'fuzz');
    redis = createTestRedis('fuzz');
    app = await createTestApp({
      imports: [AppModule],
      env: { DATABASE_URL: database.url, REDIS_PREFIX: redis.prefix },
    });
    admin = await newAdmin();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await redis?.cleanup();
    await database?.drop();
  }, 60_000);

  it('answers every operation without 5xx, with the error shape, never echoing markup as HTML', async () => {
    const docs = await app.inject({ method: 'GET', url: '/api/docs-json' });
    expect(docs.statusCode).toBe(200);
    const document = docs.json<OpenApiDocument>();
    const operations = listOperations(document);
    expect(operations.length).toBeGreaterThan(50);

    const started = Date.now();
    let requests = 0;
    const failures: string[] = [];
    /** `anonymous 401`, `admin 422`, … → count: shows how far past the guards and validation the fuzz got. */
    const statuses = new Map<string, number>();
    const sessionEnders = new Set<string>();

    const send = async (request: FuzzRequest, session: TestSession | null): Promise<string[]> => {
      requests++;
      const response = await app.inject({
        method: request.method,
        url: request.url,
        query: request.query,
        headers: { ...request.headers, ...(session ? session.headers() : {}) },
        payload: request.payload,
      });
      const problems = responseViolations({
        statusCode: response.statusCode,
        headers: response.headers,
        body: response.body,
      });
      const who = session ? 'admin' : 'anonymous';
      const key = `${who} ${response.statusCode}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      if (session && request.method !== 'GET' && response.statusCode < 400)
        if (!(await keepAdminSignedIn())) sessionEnders.add(`${request.method} ${request.url}`);
      return problems.map((p) => `${session ? 'admin' : 'anonymous'}: ${p}`);
    };

    for (const [index, operation] of operations.entries()) {
      const property = fc.asyncProperty(fuzzRequest(document, operation), async (request) => {
        const problems = [...(await send(request, null)), ...(await send(request, admin))];
        if (problems.length > 0) throw new Error(problems.join('\n'));
      });
      // One seed per operation derived from the run's seed, so a single operation can be replayed alone.
      // endOnFailure: no shrinking — it would replay writing requests against a changed database and stretch the
      // run; the first counterexample (with seed and path) is what gets reported.
      const details = await fc.check(property, {
        seed: SEED + index,
        numRuns: RUNS,
        endOnFailure: true,
      });
      if (details.failed) failures.push(describeFailure(operation, SEED + index, details));
    }

    process.stdout.write(
      `OpenAPI fuzz: ${operations.length} operations, ${requests} requests, ${RUNS} runs each as anonymous + admin, ` +
        `seed ${SEED}, ${((Date.now() - started) / 1000).toFixed(1)} s, admins signed in ${adminsCreated}\n` +
        `  statuses: ${[...statuses]
          .sort()
          .map(([k, n]) => `${k}: ${n}`)
          .join(', ')}\n` +
        `  sessions ended by: ${[...sessionEnders].sort().join(', ') || 'none'}\n`,
    );
    expect(failures).toEqual([]);
  }, 600_000);
});

function describeFailure(
  operation: FuzzOperation,
  seed: number,
  details: fc.RunDetails<[FuzzRequest]>,
): string {
  const example = details.counterexample?.[0];
  const shown = example
    ? JSON.stringify({
        ...example,
        url: example.url.slice(0, 200),
        payload: example.payload?.slice(0, 300),
      })
    : 'none';
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : '';
  return `${operation.method} ${operation.path} (seed ${seed}, path ${details.counterexamplePath}): ${error}\n  request: ${shown}`;
}
