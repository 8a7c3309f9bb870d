// `npm start`: build what is missing or out of date, then run the platform on one port.
// Nothing configured → embedded mode: the API runs PostgreSQL in-process (PGlite, data in .data/),
// dispatches jobs in-process and writes mail to a preview folder. DATABASE_URL / REDIS_URL / SMTP_URL
// set (in the environment or in .env) → services mode: migrations, then the API and the worker.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
process.chdir(root);
if (existsSync('.env')) process.loadEnvFile('.env');

const startedAt = Date.now();
const env = { ...process.env };
const embedded = !env.DATABASE_URL;
if (embedded && env.REDIS_URL) {
  // The worker process needs a database it can share; the embedded one belongs to the API process.
  console.warn('REDIS_URL is ignored without DATABASE_URL: jobs run in-process in embedded mode.');
  delete env.REDIS_URL;
}
const port = env.PORT ?? '3000';
const publicUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;

const outputs = {
  api: ['dist/apps/api/main.js', 'dist/apps/api/cli.js'],
  worker: ['dist/apps/worker/main.js'],
  web: ['dist/apps/web/browser/index.html'],
};
const SOURCES = ['apps', 'libs', 'package-lock.json', 'tsconfig.base.json'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function stale(project) {
  const files = outputs[project];
  if (!files.every((f) => existsSync(f))) return true;
  const built = Math.min(...files.map((f) => statSync(f).mtimeMs));
  return SOURCES.some((s) => existsSync(s) && newestMtime(s) > built);
}

const needed = ['api', 'web', ...(embedded ? [] : ['worker'])].filter(stale);
if (needed.length) {
  console.log(`Building ${needed.join(', ')} (the first time takes a minute or two) …`);
  execFileSync('npx', ['nx', 'run-many', '-t', 'build', '-p', ...needed, '--outputStyle=static'], {
    stdio: 'inherit',
    env: { ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
}

const children = [];
function run(name, args) {
  const child = spawn(process.execPath, ['--enable-source-maps', ...args], {
    stdio: 'inherit',
    env,
  });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); shutting down`);
      shutdown(typeof code === 'number' && code !== 0 ? code : 1);
    }
  });
  return child;
}

let stopping = false;
function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const timer = setTimeout(() => process.exit(code), 15_000);
  timer.unref();
  Promise.all(
    children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
  ).then(() => process.exit(code));
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

// Embedded: the API migrates its own database. Services: migrations are a separate step, as in production.
// Either way the API loads the demo data itself when DEMO_DATA is on.
if (!embedded)
  execFileSync(process.execPath, ['dist/apps/api/cli.js', 'migrate'], { stdio: 'inherit', env });
run('api', ['dist/apps/api/main.js']);
if (env.REDIS_URL) run('worker', ['dist/apps/worker/main.js']);

const readyUrl = `http://127.0.0.1:${port}/api/health/ready`;
for (;;) {
  if (stopping) break;
  try {
    const res = await fetch(readyUrl);
    if (res.ok) break;
  } catch {
    // not listening yet
  }
  await new Promise((r) => setTimeout(r, 300));
}
if (!stopping) {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  const logins = execFileSync(process.execPath, ['dist/apps/api/cli.js', 'demo-logins'], {
    env,
    encoding: 'utf8',
  }).trim();
  console.log(`
  Zusammenleben in Borken is running (${embedded ? 'embedded mode: PostgreSQL in-process, data in .data/' : 'services mode'}), ready after ${seconds} s

    Web app      ${publicUrl}/
    Contacts     ${publicUrl}/kontakt
    API docs     ${publicUrl}/api/docs
    Readiness    ${publicUrl}/api/health/ready
${embedded || !env.SMTP_URL ? `    Mail preview ${publicUrl}/api/dev/mail-preview\n` : ''}
${logins}

  Stop with Ctrl+C.
`);
}
