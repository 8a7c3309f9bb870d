import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  assertValidEnvOrExit,
  configureHttpApp,
  createFastifyAdapter,
  loadDotEnvFile,
  readAppVersion,
} from '@zusammen/api/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app/app.module';
import { describeDemoLogins, prepareDatabase } from './app/start-database';

async function bootstrap(): Promise<void> {
  const startedAt = Date.now();
  loadDotEnvFile();
  const env = assertValidEnvOrExit();
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    createFastifyAdapter({ trustProxy: env.trustProxy }),
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  const logger = app.get(Logger);
  app.useLogger(logger);
  try {
    await prepareDatabase(
      app.get(DataSource),
      { embedded: env.databaseUrl === undefined, demoData: env.demoData },
      logger,
    );
    const version = readAppVersion(env.appVersion);
    await configureHttpApp(app, { webDistDir: env.webDistDir, version, logger });
    await app.listen({ host: env.host, port: env.port });
  } catch (error) {
    logger.error(
      error instanceof Error ? error.message : String(error),
      error instanceof Error ? error.stack : undefined,
      'Bootstrap',
    );
    await app.close();
    process.exit(1);
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : env.port;
  const url = env.port === 0 ? `http://${env.host}:${port}` : env.publicUrl;
  logger.log(
    `Zusammenleben in Borken is running at ${url} (API ${url}/api, docs ${url}/api/docs; database ${env.databaseUrl ? 'services' : 'embedded'}; started in ${Date.now() - startedAt} ms)`,
    'Bootstrap',
  );
  if (env.demoData) logger.log(describeDemoLogins(), 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `Start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
