import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** APP_VERSION wins; otherwise `version` of `package.json` in the working directory; else `unknown`. */
export function readAppVersion(configured: string | undefined, cwd = process.cwd()): string {
  if (configured) return configured;
  try {
    const pkg = JSON.parse(readFileSync(resolve(cwd, 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
