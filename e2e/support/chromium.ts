import { execFileSync } from 'node:child_process';

/** Flags that keep Debian's chromium quiet on a machine without internet (DESIGN.md §12). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's chromium from PATH (or CHROMIUM_PATH); never a browser downloaded by Playwright. */
export function chromiumExecutable(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH',
    );
  }
}
