import { registerAs } from '@nestjs/config';
import { parseEnv, type LogLevel, type NodeEnv } from './env.schema';

export interface AppConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  /** HEALTH_PORT: the worker's health server; unset → none. */
  healthPort: number | undefined;
  publicUrl: string;
  dataDir: string;
  webDistDir: string;
  logLevel: LogLevel;
  demoData: boolean;
  trustProxy: boolean;
  /** APP_VERSION, else the version in package.json of the working directory. */
  version: string | undefined;
  /** TOKEN_SECRET (see env.schema.ts): derives the secrets of account links. */
  tokenSecret: string;
}

export interface DbConfig {
  /** Unset → embedded PGlite in `<dataDir>/pg`. */
  url: string | undefined;
  poolSize: number;
}

export interface RedisConfig {
  /** Unset → in-process job dispatch, no Redis at all. */
  url: string | undefined;
  prefix: string;
}

export interface MailConfig {
  /** Unset → mails are written as files to `previewDir`. */
  smtpUrl: string | undefined;
  from: string;
  previewDir: string;
  /** MAIL_RATE_LIMIT_PER_SECOND: mails per second handed to the SMTP server (default 10). */
  rateLimitPerSecond: number;
}

export const appConfig = registerAs('app', (): AppConfig => {
  const env = parseEnv(process.env);
  return {
    nodeEnv: env.nodeEnv,
    host: env.host,
    port: env.port,
    healthPort: env.healthPort,
    publicUrl: env.publicUrl,
    dataDir: env.dataDir,
    webDistDir: env.webDistDir,
    logLevel: env.logLevel,
    demoData: env.demoData,
    trustProxy: env.trustProxy,
    version: env.appVersion,
    tokenSecret: env.tokenSecret,
  };
});

export const dbConfig = registerAs('db', (): DbConfig => {
  const env = parseEnv(process.env);
  return { url: env.databaseUrl, poolSize: env.dbPoolSize };
});

export const redisConfig = registerAs('redis', (): RedisConfig => {
  const env = parseEnv(process.env);
  return { url: env.redisUrl, prefix: env.redisPrefix };
});

export const mailConfig = registerAs('mail', (): MailConfig => {
  const env = parseEnv(process.env);
  return {
    smtpUrl: env.smtpUrl,
    from: env.mailFrom,
    previewDir: env.mailPreviewDir,
    rateLimitPerSecond: env.mailRateLimitPerSecond,
  };
});
