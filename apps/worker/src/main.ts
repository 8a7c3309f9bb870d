import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { assertValidEnvOrExit, loadDotEnvFile } from '@zusammen/api/core';
import { BullmqWorkerHost } from '@zusammen/api/notifications';
import { Logger as PinoLogger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  loadDotEnvFile();
  const env = assertValidEnvOrExit();
  if (!env.redisUrl || !env.databaseUrl) {
    process.stderr.write(
      'The worker needs REDIS_URL and DATABASE_URL (services mode). Without them the API runs jobs and the ' +
        'notification outbox in-process and no worker is started.\n',
    );
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  // SIGTERM/SIGINT → app.close(): workers stop taking jobs, running jobs finish, then Redis and SMTP close.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  const queues = app.get(BullmqWorkerHost).queueNames;
  new Logger('Worker').log(
    `worker ready (queues: ${queues.join(', ')}; prefix: ${env.redisPrefix})`,
  );
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `Worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
