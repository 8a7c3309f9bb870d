// What the manifests are checked against, read from the repository itself so a renamed route, variable or limit
// fails the check instead of silently drifting: .env.example, the secret variables of the env schema, the health
// routes of the API and the worker, and the photo body limit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file the checks read besides infra/ (the unit test copies exactly these). */
export const SOURCE_FILES = {
  envExample: '.env.example',
  envSchema: 'libs/api/core/src/lib/config/env.schema.ts',
  httpApp: 'libs/api/core/src/lib/http/configure-http-app.ts',
  healthController: 'libs/api/core/src/lib/health/health.controller.ts',
  workerHealth: 'apps/worker/src/health/health-server.ts',
  photoBytes: 'libs/api/workshop/src/lib/bikes/photo-bytes.ts',
};

function read(root, key) {
  return readFileSync(join(root, SOURCE_FILES[key]), 'utf8');
}

function match(text, pattern, what) {
  const found = pattern.exec(text);
  if (!found) throw new Error(`cannot find ${what} (${pattern})`);
  return found[1];
}

/** `# NAME=value` and `NAME=value` lines of .env.example, in order. */
export function readEnvExample(root) {
  const names = [];
  for (const line of read(root, 'envExample').split('\n')) {
    const found = /^#?\s?([A-Z][A-Z0-9_]*)=/.exec(line);
    if (found && !names.includes(found[1])) names.push(found[1]);
  }
  return names;
}

/** The variables env.schema.ts treats as secret (never echoed): they belong in the Secret, not the ConfigMap. */
export function readSecretKeys(root) {
  const list = match(
    read(root, 'envSchema'),
    /SECRET_KEYS = new Set\(\[([^\]]*)\]\)/,
    'SECRET_KEYS',
  );
  return [...list.matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1]);
}

/** `/api/health/live` and `/api/health/ready` from the API prefix and the health controller; the worker's routes. */
export function readHealthRoutes(root) {
  const prefix = match(read(root, 'httpApp'), /API_PREFIX = '([\w-]+)'/, 'API_PREFIX');
  const controller = read(root, 'healthController');
  const base = match(controller, /@Controller\('([\w-]+)'\)/, 'the health controller path');
  for (const route of ['live', 'ready'])
    match(
      controller,
      new RegExp(`@Get\\('(${route})'\\)`),
      `@Get('${route}') in the health controller`,
    );
  const worker = read(root, 'workerHealth');
  for (const route of ['/live', '/ready'])
    match(worker, new RegExp(`path === '(${route})'`), `the worker's ${route} route`);
  return {
    api: { live: `/${prefix}/${base}/live`, ready: `/${prefix}/${base}/ready` },
    worker: { live: '/live', ready: '/ready' },
  };
}

/**
 * The largest request body the API accepts (photo uploads): PHOTO_BODY_LIMIT of photo-body-limit.ts, i.e. the
 * base64 of MAX_PHOTO_BYTES plus 64 KiB of JSON around it.
 */
export function readPhotoBodyLimit(root) {
  const expression = match(
    read(root, 'photoBytes'),
    /MAX_PHOTO_BYTES = ([\d\s*_]+);/,
    'MAX_PHOTO_BYTES',
  );
  const maxPhotoBytes = expression
    .split('*')
    .map((factor) => Number(factor.trim().replaceAll('_', '')))
    .reduce((a, b) => a * b, 1);
  return Math.ceil(maxPhotoBytes / 3) * 4 + 64 * 1024;
}
