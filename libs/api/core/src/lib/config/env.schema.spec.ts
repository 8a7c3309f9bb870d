import {
  DEFAULT_MAIL_FROM,
  DEVELOPMENT_TOKEN_SECRET,
  EnvValidationError,
  parseEnv,
} from './env.schema';

describe('parseEnv', () => {
  it('applies every default to an empty environment (embedded mode, demo data on)', () => {
    expect(parseEnv({})).toEqual({
      nodeEnv: 'development',
      host: '127.0.0.1',
      port: 3000,
      healthPort: undefined,
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      dataDir: '.data',
      redisUrl: undefined,
      redisPrefix: 'zl',
      smtpUrl: undefined,
      mailFrom: DEFAULT_MAIL_FROM,
      mailPreviewDir: '.data/mail-preview',
      mailRateLimitPerSecond: 10,
      webDistDir: 'dist/apps/web/browser',
      logLevel: 'info',
      demoData: true,
      trustProxy: false,
      dbPoolSize: 10,
      appVersion: undefined,
      tokenSecret: DEVELOPMENT_TOKEN_SECRET,
    });
  });

  it('requires a TOKEN_SECRET of at least 32 characters in production, and never echoes it', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/TOKEN_SECRET: must be set/);
    const short = 'too-short-secret';
    expect(() => parseEnv({ NODE_ENV: 'production', TOKEN_SECRET: short })).toThrow(
      /TOKEN_SECRET: must be at least 32 characters/,
    );
    expect(() => parseEnv({ TOKEN_SECRET: short })).not.toThrow(new RegExp(short));
    const secret = 'a'.repeat(48);
    expect(parseEnv({ NODE_ENV: 'production', TOKEN_SECRET: secret }).tokenSecret).toBe(secret);
  });

  it('derives PUBLIC_URL from PORT and MAIL_PREVIEW_DIR from DATA_DIR', () => {
    const env = parseEnv({ PORT: '8080', DATA_DIR: '/var/lib/zl/' });
    expect(env.publicUrl).toBe('http://localhost:8080');
    expect(env.mailPreviewDir).toBe('/var/lib/zl/mail-preview');
  });

  it('turns demo data off by default when DATABASE_URL is set, unless DEMO_DATA says otherwise', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://u@db:5432/zl' }).demoData).toBe(false);
    expect(parseEnv({ DATABASE_URL: 'postgres://u@db:5432/zl', DEMO_DATA: 'true' }).demoData).toBe(
      true,
    );
    expect(parseEnv({ DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  it('treats empty strings as unset (SMTP_URL= in a .env file)', () => {
    const env = parseEnv({ SMTP_URL: '', REDIS_URL: '  ', PORT: '' });
    expect(env.smtpUrl).toBeUndefined();
    expect(env.redisUrl).toBeUndefined();
    expect(env.port).toBe(3000);
  });

  it('reads HEALTH_PORT (the worker health server) as a port, unset meaning none', () => {
    expect(parseEnv({ HEALTH_PORT: '3001' }).healthPort).toBe(3001);
    expect(parseEnv({ HEALTH_PORT: '' }).healthPort).toBeUndefined();
    expect(() => parseEnv({ HEALTH_PORT: '70000' })).toThrow(/HEALTH_PORT/);
  });

  it('ignores unknown variables', () => {
    expect(() => parseEnv({ PATH: '/usr/bin', SOMETHING_ELSE: 'x' })).not.toThrow();
  });

  it('lists every invalid variable in one message', () => {
    let error: unknown;
    try {
      parseEnv({
        PORT: 'abc',
        NODE_ENV: 'staging',
        DATABASE_URL: 'mysql://secret@db/x',
        DEMO_DATA: 'yes',
        DB_POOL_SIZE: '0',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvValidationError);
    const { message, problems } = error as EnvValidationError;
    expect(problems).toHaveLength(5);
    expect(message).toMatch(/^Invalid environment configuration \(5 problems\):/);
    expect(message).toContain('PORT: ');
    expect(message).toContain('(got "abc")');
    expect(message).toContain('NODE_ENV: ');
    expect(message).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
    expect(message).toContain('DEMO_DATA: ');
    expect(message).toContain('DB_POOL_SIZE: ');
  });

  it('never echoes the value of a URL variable (it may hold a password)', () => {
    expect(() => parseEnv({ REDIS_URL: 'http://:hunter2@redis' })).toThrow(
      /REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL$/m,
    );
    try {
      parseEnv({ SMTP_URL: 'ftp://user:hunter2@mail' });
    } catch (e) {
      expect((e as Error).message).not.toContain('hunter2');
    }
  });

  it('reads MAIL_RATE_LIMIT_PER_SECOND as a positive integer', () => {
    expect(parseEnv({ MAIL_RATE_LIMIT_PER_SECOND: '25' }).mailRateLimitPerSecond).toBe(25);
    expect(() => parseEnv({ MAIL_RATE_LIMIT_PER_SECOND: '0' })).toThrow(
      /MAIL_RATE_LIMIT_PER_SECOND/,
    );
  });

  it('rejects ports out of range and log levels pino does not know', () => {
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => parseEnv({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
  });
});
