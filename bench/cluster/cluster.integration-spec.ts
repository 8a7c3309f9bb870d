import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AUTH_ROUTES, CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@zusammen/shared/contracts';
import { REPO_ROOT, startCluster, type Cluster } from './cluster';
import { sleep, waitUntil } from './loopback';

/**
 * The local cluster (DESIGN.md §11) with private PostgreSQL and Redis: 3 APIs and 2 workers behind nginx, load
 * spread, one session on every process, and the faults the fault scripts rely on (worker killed, Redis stopped,
 * PostgreSQL restarted). Runs the built apps: `npm test` runs it after the build step.
 */
describe('local cluster (nginx, 3 APIs, 2 workers, private PostgreSQL and Redis)', () => {
  let cluster: Cluster;
  const all = (values: boolean[], expected: boolean) => values.every((v) => v === expected);
  /** pids of this cluster's processes whose command line contains `part` (every one carries the run folder). */
  const pids = (part = '') => {
    try {
      return execFileSync(
        'pgrep',
        ['-f', `${part}.*${cluster.runDir}|${cluster.runDir}.*${part}`],
        {
          encoding: 'utf8',
        },
      )
        .trim()
        .split('\n')
        .filter(Boolean);
    } catch {
      return []; // pgrep exits 1 when nothing matches
    }
  };

  // ~10 s on an idle 2-core machine, much longer while builds and other clusters share it
  beforeAll(async () => {
    cluster = await startCluster({
      privateServices: true,
      apis: 3,
      workers: 2,
      log: () => undefined,
    });
  }, 240_000);

  afterAll(async () => {
    await cluster?.stop();
  }, 30_000);

  it('is ready through nginx and spreads requests over all API processes', async () => {
    const ready = await fetch(`${cluster.url}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(await cluster.readiness()).toEqual([true, true, true]);
    expect(await cluster.workerReadiness()).toEqual([true, true]);

    const upstreams = new Map<string, number>();
    for (let i = 0; i < 30; i++) {
      const response = await fetch(`${cluster.url}/api/health/live`);
      expect(response.status).toBe(200);
      const upstream = response.headers.get('x-upstream') ?? 'none';
      upstreams.set(upstream, (upstreams.get(upstream) ?? 0) + 1);
    }
    const expected = cluster.apiUrls.map((u) => new URL(u).host).sort();
    expect([...upstreams.keys()].sort()).toEqual(expected);
  });

  it('passes a photo-sized body (nginx buffers it to its temp folder) on to the API', async () => {
    // ~2.5 MB: above nginx's in-memory buffer and the API's 1 MB default, below the photo route's limit
    const response = await fetch(
      `${cluster.url}/api/workshop/bikes/00000000-0000-4000-8000-000000000000/photos`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: 'A'.repeat(2_500_000) }),
      },
    );
    expect(response.headers.get('x-upstream')).toBeTruthy();
    expect(response.status).toBe(401); // the API's answer (not signed in), not nginx's 413 or 500
  });

  it('signs in through nginx; the session works on every process; CSRF is enforced', async () => {
    const logins = execFileSync(
      process.execPath,
      [join(REPO_ROOT, 'dist/apps/api/cli.js'), 'demo-logins'],
      {
        encoding: 'utf8',
      },
    );
    const password = /password (\S+)\)/.exec(logins)?.[1] ?? '';
    const signIn = await fetch(`${cluster.url}${AUTH_ROUTES.signIn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'staff@demo.zusammenleben.invalid', password }),
    });
    expect(signIn.status).toBe(200);
    const cookies = new Map(
      signIn.headers.getSetCookie().map((line) => {
        const [pair] = line.split(';');
        const eq = pair.indexOf('=');
        return [pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1))] as const;
      }),
    );
    const session = cookies.get(SESSION_COOKIE);
    const csrf = cookies.get(CSRF_COOKIE);
    expect(session && csrf).toBeTruthy();
    const cookie = `${SESSION_COOKIE}=${session}; ${CSRF_COOKIE}=${csrf}`;

    for (const apiUrl of cluster.apiUrls) {
      const response = await fetch(`${apiUrl}${AUTH_ROUTES.session}`, { headers: { cookie } });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { user: { email: string } }).user.email).toBe(
        'staff@demo.zusammenleben.invalid',
      );
    }
    const withoutCsrf = await fetch(`${cluster.url}${AUTH_ROUTES.signOut}`, {
      method: 'POST',
      headers: { cookie },
    });
    expect(withoutCsrf.status).toBe(403);
    const signOut = await fetch(`${cluster.url}${AUTH_ROUTES.signOut}`, {
      method: 'POST',
      headers: { cookie, [CSRF_HEADER]: csrf ?? '' },
    });
    expect(signOut.status).toBe(204);
    const after = await fetch(`${cluster.apiUrls[2]}${AUTH_ROUTES.session}`, {
      headers: { cookie },
    });
    expect(after.status).toBe(401);
  });

  it('starts a worker again after SIGKILL', async () => {
    expect(pids('worker/main.js')).toHaveLength(2);
    await cluster.killWorker(0);
    expect(pids('worker/main.js')).toHaveLength(1);
    expect(await cluster.workerReadiness()).toEqual([false, true]);
    await cluster.startWorker(0);
    expect(pids('worker/main.js')).toHaveLength(2);
    expect(await cluster.workerReadiness()).toEqual([true, true]);
  });

  it('turns readiness red while Redis is stopped and green again after it is back', async () => {
    await cluster.stopRedis();
    const everything = async () => [
      ...(await cluster.readiness()),
      ...(await cluster.workerReadiness()),
    ];
    await waitUntil(async () => all(await everything(), false), {
      timeoutMs: 10_000,
      what: 'every API and worker not ready without Redis',
    });
    await cluster.startRedis();
    await waitUntil(async () => all(await everything(), true), {
      timeoutMs: 15_000,
      what: 'every API and worker ready again with Redis',
    });
  }, 40_000);

  it('turns readiness red while PostgreSQL restarts and green again', async () => {
    let sawRed = false;
    let watching = true;
    const watch = (async () => {
      while (watching) {
        if ((await cluster.readiness()).includes(false)) sawRed = true;
        await sleep(50);
      }
    })();
    await cluster.restartPostgres();
    await waitUntil(async () => all(await cluster.readiness(), true), {
      timeoutMs: 15_000,
      what: 'every API ready again after the restart',
    });
    watching = false;
    await watch;
    expect(sawRed).toBe(true);
    // the APIs survived the cut connections
    expect(pids('api/main.js')).toHaveLength(3);
  }, 40_000);

  it('stops everything and leaves no process and no run folder behind', async () => {
    const runDir = cluster.runDir;
    expect(pids().length).toBeGreaterThanOrEqual(8); // 3 APIs, 2 workers, nginx, postgres, redis
    await cluster.stop();
    expect(pids()).toEqual([]);
    expect(existsSync(runDir)).toBe(false);
  }, 30_000);
});
