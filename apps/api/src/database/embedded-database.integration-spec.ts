import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@zusammen/api/core';
import { spawnEmbeddedPostgres } from '@zusammen/api/testing';
import { createApiDataSource } from './data-source';
import { computeSchemaDiff } from './schema-drift';

/**
 * Embedded mode end to end: the real `startEmbeddedPostgres` (in a child process — PGlite cannot run
 * inside Jest's sandbox), the real migrations, a restart on the same data directory.
 */
describe('embedded PostgreSQL (PGlite) (integration)', () => {
  const root = mkdtempSync(join(tmpdir(), 'zl-embedded-'));
  const dataDir = join(root, 'pg');

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('migrates without drift, keeps data across a restart and refuses a second opener', async () => {
    const first = await spawnEmbeddedPostgres(dataDir);
    try {
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(
        `in use by process ${first.pid}`,
      );

      const ds = createApiDataSource(first.url, { poolSize: 4 });
      await ds.initialize();
      try {
        expect((await ds.runMigrations()).length).toBeGreaterThan(0);
        expect((await computeSchemaDiff(ds)).up.map((q) => q.query)).toEqual([]);
        await ds.query(
          `INSERT INTO room (slug, name, capacity, accessibility) VALUES ('kept-room', 'Bleibt', 7, ARRAY['step_free'])`,
        );
      } finally {
        await ds.destroy();
      }
    } finally {
      await first.stop();
    }

    const second = await spawnEmbeddedPostgres(dataDir);
    try {
      const ds = createApiDataSource(second.url, { poolSize: 2 });
      await ds.initialize();
      try {
        expect(await ds.showMigrations()).toBe(false);
        const rows: { name: string; capacity: number; accessibility: string[] }[] = await ds.query(
          `SELECT name, capacity, accessibility FROM room WHERE slug = 'kept-room'`,
        );
        expect(rows).toEqual([{ name: 'Bleibt', capacity: 7, accessibility: ['step_free'] }]);
      } finally {
        await ds.destroy();
      }
    } finally {
      await second.stop();
    }
  });
});
