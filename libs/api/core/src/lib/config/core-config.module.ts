import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { appConfig, dbConfig, mailConfig, redisConfig } from './config-slices';
import { parseEnv } from './env.schema';

const configRoot = ConfigModule.forRoot({
  isGlobal: true,
  // `.env` is loaded explicitly by the entry points (loadDotEnvFile) so tests never pick it up.
  ignoreEnvFile: true,
  cache: true,
  validate: (config: Record<string, unknown>) => {
    parseEnv(config);
    return config;
  },
  load: [appConfig, dbConfig, redisConfig, mailConfig],
});
// Nest awaits this promise when it scans the module and reports the error then; this only keeps
// Node from flagging the rejection as unhandled in the meantime.
configRoot.catch(() => undefined);

/**
 * Global typed configuration. Inject a slice with `@Inject(appConfig.KEY) app: AppConfig`
 * (likewise `dbConfig`, `redisConfig`, `mailConfig`).
 */
@Global()
@Module({ imports: [configRoot], exports: [ConfigModule] })
export class CoreConfigModule {}
