import {
  Logger,
  Module,
  type DynamicModule,
  type ForwardReference,
  type Type,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { configureHttpApp, createFastifyAdapter } from '@zusammen/api/core';

export type TestModuleImport =
  Type<unknown> | DynamicModule | Promise<DynamicModule> | ForwardReference;

export interface TestAppOptions {
  /**
   * The modules under test: `[AppModule]` from apps/api specs, or
   * `[ApiCoreModule.forRoot({ entities }), RoomModule]` from a library's specs.
   */
  imports: TestModuleImport[];
  /**
   * Environment overrides while the app is built (config is read then), e.g.
   * `{ REDIS_URL: 'redis://127.0.0.1:1' }`; `undefined` unsets a variable. Restored afterwards.
   */
  env?: Record<string, string | undefined>;
}

@Module({})
class TestRootModule {}

function applyEnv(overrides: Record<string, string | undefined>): () => void {
  const previous = new Map<string, string | undefined>();
  for (const [key, value] of Object.entries(overrides)) {
    previous.set(key, process.env[key]);
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return () => {
    for (const [key, value] of previous) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

/**
 * A started API instance for integration tests: the given modules on the real Fastify adapter with
 * the same bootstrap as main.ts (helmet, `/api` prefix, request ids, OpenAPI), against the test
 * database of the run (DATABASE_URL from the integration global setup). Call `app.inject()` for
 * requests and `app.close()` in `afterAll`.
 */
export async function createTestApp(options: TestAppOptions): Promise<NestFastifyApplication> {
  const restoreEnv = applyEnv(options.env ?? {});
  try {
    // Plain NestFactory (no @nestjs/testing needed): the modules under test inside one root module.
    const root: DynamicModule = { module: TestRootModule, imports: options.imports };
    const app = await NestFactory.create<NestFastifyApplication>(
      root,
      createFastifyAdapter({ trustProxy: false }),
      {
        logger: ['error', 'warn'],
        abortOnError: false,
      },
    );
    try {
      await configureHttpApp(app, { logger: new Logger('TestApp') });
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
    } catch (error) {
      // a failed boot (e.g. the route policy check) must not leave database pools open
      await app.close().catch(() => undefined);
      throw error;
    }
    return app;
  } finally {
    restoreEnv();
  }
}
