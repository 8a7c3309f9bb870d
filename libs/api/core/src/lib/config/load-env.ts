import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EnvValidationError, parseEnv, type ResolvedEnv } from './env.schema';

/**
 * Loads `.env` from the working directory into `process.env` (variables already set win) — the
 * entry points call this first; tests never do.
 */
export function loadDotEnvFile(path = resolve(process.cwd(), '.env')): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}

/**
 * Entry-point guard: validates the environment and, when it is invalid, prints the one message that
 * lists every problem and exits with status 1 (no stack trace, nothing started).
 */
export function assertValidEnvOrExit(env: NodeJS.ProcessEnv = process.env): ResolvedEnv {
  try {
    return parseEnv(env);
  } catch (error) {
    if (error instanceof EnvValidationError) {
      process.stderr.write(
        `${error.message}\nSee .env.example for every variable and its default.\n`,
      );
      process.exit(1);
    }
    throw error;
  }
}
