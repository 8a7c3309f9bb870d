import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
  type ValidationError,
} from 'class-validator';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const BOOLEAN_STRINGS = ['true', 'false'] as const;
const HTTP_URL = /^https?:\/\/[^\s/]+(\/\S*)?$/;
const POSTGRES_URL = /^postgres(ql)?:\/\/\S+$/;
const REDIS_URL = /^rediss?:\/\/\S+$/;
const SMTP_URL = /^smtps?:\/\/\S+$/;
/** Keys whose values may hold credentials: never echoed in error messages. */
const SECRET_KEYS = new Set(['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'TOKEN_SECRET']);

/**
 * The raw process environment as the API and the worker accept it. Every variable is optional;
 * defaults are applied by {@link parseEnv}. `.env.example` documents each one.
 */
export class EnvironmentVariables {
  @IsOptional() @IsIn(NODE_ENVS) NODE_ENV?: NodeEnv;
  @IsOptional() @IsString() @IsNotEmpty() HOST?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(65535) PORT?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(65535) HEALTH_PORT?: number;
  @IsOptional()
  @Matches(HTTP_URL, { message: 'must be an http:// or https:// URL' })
  PUBLIC_URL?: string;
  @IsOptional()
  @Matches(POSTGRES_URL, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;
  @IsOptional() @IsString() @IsNotEmpty() DATA_DIR?: string;
  @IsOptional()
  @Matches(REDIS_URL, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1-64 characters of A-Z a-z 0-9 . _ -' })
  REDIS_PREFIX?: string;
  @IsOptional()
  @Matches(SMTP_URL, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;
  @IsOptional() @IsString() @IsNotEmpty() MAIL_FROM?: string;
  @IsOptional() @IsString() @IsNotEmpty() MAIL_PREVIEW_DIR?: string;
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  MAIL_RATE_LIMIT_PER_SECOND?: number;
  @IsOptional() @IsString() @IsNotEmpty() WEB_DIST_DIR?: string;
  @IsOptional() @IsIn(LOG_LEVELS) LOG_LEVEL?: LogLevel;
  @IsOptional() @IsIn(BOOLEAN_STRINGS) DEMO_DATA?: 'true' | 'false';
  @IsOptional() @IsIn(BOOLEAN_STRINGS) TRUST_PROXY?: 'true' | 'false';
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) DB_POOL_SIZE?: number;
  @IsOptional() @IsString() @IsNotEmpty() APP_VERSION?: string;
  @IsOptional()
  @IsString()
  @Matches(/^\S{32,}$/, { message: 'must be at least 32 characters without spaces' })
  TOKEN_SECRET?: string;
}

/** Every variable with its default applied: the single source for the typed config slices. */
export interface ResolvedEnv {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  /** HEALTH_PORT: the worker's health server (`/live`, `/ready`); unset → no health server. */
  healthPort: number | undefined;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  redisPrefix: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  mailPreviewDir: string;
  /** Mails per second sent to the SMTP server (BullMQ limiter of the notifications queue, pool rate). */
  mailRateLimitPerSecond: number;
  webDistDir: string;
  logLevel: LogLevel;
  demoData: boolean;
  trustProxy: boolean;
  dbPoolSize: number;
  appVersion: string | undefined;
  /**
   * TOKEN_SECRET: key that derives the secrets of account links (verify, reset, invitation) from their ids.
   * Required in production; API and worker must share it. Outside production a fixed development key is used.
   */
  tokenSecret: string;
}

/** Used outside production when TOKEN_SECRET is unset. Never valid in production (boot fails there). */
export const DEVELOPMENT_TOKEN_SECRET = 'development-only-token-secret-not-for-production';

export const DEFAULT_MAIL_FROM = 'Zusammenleben in Borken <no-reply@zusammenleben.borken.invalid>';

/** Thrown at boot when the environment is invalid; the message lists every problem at once. */
export class EnvValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Invalid environment configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'EnvValidationError';
  }
}

/** Every variable the schema knows, in the order `.env.example` lists them. */
export const ENV_KEYS = [
  'NODE_ENV',
  'HOST',
  'PORT',
  'HEALTH_PORT',
  'PUBLIC_URL',
  'DATABASE_URL',
  'DATA_DIR',
  'REDIS_URL',
  'REDIS_PREFIX',
  'SMTP_URL',
  'MAIL_FROM',
  'MAIL_PREVIEW_DIR',
  'MAIL_RATE_LIMIT_PER_SECOND',
  'WEB_DIST_DIR',
  'LOG_LEVEL',
  'DEMO_DATA',
  'TRUST_PROXY',
  'DB_POOL_SIZE',
  'APP_VERSION',
  'TOKEN_SECRET',
] as const satisfies readonly (keyof EnvironmentVariables)[];

/** Known variables only, with empty strings treated as unset (`SMTP_URL=` in a .env file means "not set"). */
function pickKnown(env: Record<string, unknown>): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const key of ENV_KEYS) {
    const value = env[key];
    if (typeof value === 'string' && value.trim() !== '') picked[key] = value.trim();
    else if (typeof value === 'number' || typeof value === 'boolean') picked[key] = String(value);
  }
  return picked;
}

function describe(error: ValidationError, raw: Record<string, string>): string {
  const messages = Object.values(error.constraints ?? {}).map((m) =>
    m.replace(new RegExp(`^${error.property} `), ''),
  );
  const got = SECRET_KEYS.has(error.property) ? '' : ` (got "${raw[error.property]}")`;
  return `${error.property}: ${messages.join('; ')}${got}`;
}

/**
 * Validates the environment and applies defaults. Pure: takes the env object, returns the resolved
 * values or throws {@link EnvValidationError} naming every invalid variable.
 */
export function parseEnv(env: Record<string, unknown>): ResolvedEnv {
  const raw = pickKnown(env);
  const vars = plainToInstance(EnvironmentVariables, raw);
  const errors = validateSync(vars, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new EnvValidationError(errors.map((e) => describe(e, raw)));
  }
  const nodeEnv = vars.NODE_ENV ?? 'development';
  if (nodeEnv === 'production' && vars.TOKEN_SECRET === undefined) {
    throw new EnvValidationError([
      'TOKEN_SECRET: must be set in production (e.g. `openssl rand -base64 48`)',
    ]);
  }
  const port = vars.PORT ?? 3000;
  const dataDir = vars.DATA_DIR ?? '.data';
  const databaseUrl = vars.DATABASE_URL;
  return {
    nodeEnv,
    host: vars.HOST ?? '127.0.0.1',
    port,
    healthPort: vars.HEALTH_PORT,
    publicUrl: (vars.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    databaseUrl,
    dataDir,
    redisUrl: vars.REDIS_URL,
    redisPrefix: vars.REDIS_PREFIX ?? 'zl',
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM ?? DEFAULT_MAIL_FROM,
    mailPreviewDir: vars.MAIL_PREVIEW_DIR ?? `${dataDir.replace(/\/+$/, '')}/mail-preview`,
    mailRateLimitPerSecond: vars.MAIL_RATE_LIMIT_PER_SECOND ?? 10,
    webDistDir: vars.WEB_DIST_DIR ?? 'dist/apps/web/browser',
    logLevel: vars.LOG_LEVEL ?? 'info',
    demoData: vars.DEMO_DATA === undefined ? databaseUrl === undefined : vars.DEMO_DATA === 'true',
    trustProxy: vars.TRUST_PROXY === 'true',
    dbPoolSize: vars.DB_POOL_SIZE ?? 10,
    appVersion: vars.APP_VERSION,
    tokenSecret: vars.TOKEN_SECRET ?? DEVELOPMENT_TOKEN_SECRET,
  };
}
