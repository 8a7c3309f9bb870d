import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  API_MAIN,
  freePort,
  SERVICE_VARIABLES,
  startNode,
  stop,
  waitForReady,
} from '../../support/system';

/**
 * The first-run experience: nothing configured, so the API runs PostgreSQL in-process (PGlite),
 * dispatches jobs in-process and writes mail to a preview folder. Data survives a restart.
 */
test('embedded mode: starts with no services configured, serves the app, keeps data across a restart', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'zl-embedded-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  for (const name of SERVICE_VARIABLES) delete env[name];
  let api = startNode('embedded', API_MAIN, env);
  try {
    const coldMs = await test.step('cold start: ready is green', () => waitForReady(baseUrl, api));
    const system = await (await fetch(`${baseUrl}/api/system`)).json();
    expect(system).toMatchObject({ database: 'embedded', queue: 'in-process', mail: 'preview' });
    const ready = await (await fetch(`${baseUrl}/api/health/ready`)).json();
    expect(ready.status).toBe('ok');

    await page.goto(baseUrl);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Großer Saal').first()).toBeVisible();
    const rooms = await (await fetch(`${baseUrl}/api/rooms`)).json();
    expect(rooms.length).toBeGreaterThan(0);

    await stop(api);
    // Second start without demo data: the rooms can only come from the kept database.
    api = startNode('embedded', API_MAIN, { ...env, DEMO_DATA: 'false' });
    const warmMs = await test.step('warm start: ready again', () => waitForReady(baseUrl, api));
    const roomsAfter = await (await fetch(`${baseUrl}/api/rooms`)).json();
    expect(roomsAfter).toEqual(rooms);
    test.info().annotations.push({
      type: 'timing',
      description: `embedded ready: cold ${coldMs} ms, warm ${warmMs} ms`,
    });
    console.log(`embedded ready: cold ${coldMs} ms, warm ${warmMs} ms`);
  } finally {
    await stop(api);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
