import { registerAs } from '@nestjs/config';

export interface IdentityConfig {
  /** SESSION_IDLE_MINUTES: a session unused this long ends (default 60). */
  sessionIdleMinutes: number;
  /** SESSION_ABSOLUTE_HOURS: a session ends this long after sign-in, used or not (default 12). */
  sessionAbsoluteHours: number;
  /** Cookies get `Secure` when PUBLIC_URL is https. */
  secureCookies: boolean;
}

function positiveInt(
  env: Record<string, string | undefined>,
  key: string,
  fallback: number,
  max: number,
  problems: string[],
): number {
  const raw = env[key]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1 || value > max) {
    problems.push(`${key}: must be an integer from 1 to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

/**
 * The identity variables with defaults; throws naming every invalid one (at boot, like the core schema).
 * PUBLIC_URL itself is validated by core's env schema; only its scheme matters here.
 */
export function parseIdentityEnv(env: Record<string, string | undefined>): IdentityConfig {
  const problems: string[] = [];
  const sessionIdleMinutes = positiveInt(env, 'SESSION_IDLE_MINUTES', 60, 7 * 24 * 60, problems);
  const sessionAbsoluteHours = positiveInt(env, 'SESSION_ABSOLUTE_HOURS', 12, 24 * 90, problems);
  if (problems.length === 0 && sessionIdleMinutes > sessionAbsoluteHours * 60)
    problems.push('SESSION_IDLE_MINUTES: must not exceed SESSION_ABSOLUTE_HOURS');
  if (problems.length > 0)
    throw new Error(
      `Invalid identity configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  const publicUrl = env['PUBLIC_URL']?.trim() ?? '';
  return {
    sessionIdleMinutes,
    sessionAbsoluteHours,
    secureCookies: publicUrl.toLowerCase().startsWith('https://'),
  };
}

export const identityConfig = registerAs('identity', (): IdentityConfig =>
  parseIdentityEnv(process.env),
);
