import { readFileSync, rmSync } from 'node:fs';
import Redis from 'ioredis';
import { Client } from 'pg';
import { STATE_FILE, type E2eState } from './state';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the processes of global-setup, drops its database and removes its Redis keys. */
export default async function globalTeardown(): Promise<void> {
  const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as E2eState;
  for (const pid of state.pids) if (alive(pid)) process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 15_000;
  while (state.pids.some(alive) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  for (const pid of state.pids) if (alive(pid)) process.kill(pid, 'SIGKILL');

  const admin = new Client({ connectionString: state.adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${state.database}" WITH (FORCE)`);
  await admin.end();

  if (state.redisPrefix) {
    const redis = new Redis(state.redisUrl);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${state.redisPrefix}:*`,
        'COUNT',
        500,
      );
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  }
  if (state.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
  rmSync(STATE_FILE, { force: true });
}
