import { testDatabaseUrl } from '@zusammen/api/testing';
import type { DataSource } from 'typeorm';
import { createApiDataSource } from './data-source';
import { computeSchemaDiff } from './schema-drift';

describe('migrations vs. entities (integration)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = createApiDataSource(testDatabaseUrl(), { poolSize: 2 });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('has applied every migration', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('reports no drift on the freshly migrated test database', async () => {
    const diff = await computeSchemaDiff(dataSource);
    expect(diff.up.map((q) => q.query)).toEqual([]);
  });

  it('enables btree_gist', async () => {
    const rows: { extname: string }[] = await dataSource.query(
      `SELECT extname FROM pg_extension WHERE extname = 'btree_gist'`,
    );
    expect(rows).toHaveLength(1);
  });

  it('enforces the named constraints', async () => {
    await expect(
      dataSource.query(`INSERT INTO room (slug, name, capacity) VALUES ('bad-capacity-x', 'X', 0)`),
    ).rejects.toMatchObject({
      driverError: { code: '23514', constraint: 'ck_room_capacity_positive' },
    });
    await expect(
      dataSource.query(
        `INSERT INTO user_account (email, display_name, roles) VALUES ('x@test.invalid', 'X', ARRAY['superuser'])`,
      ),
    ).rejects.toMatchObject({
      driverError: { code: '23514', constraint: 'ck_user_account_roles_known' },
    });
    await expect(
      dataSource.query(
        `INSERT INTO user_account (email, display_name) VALUES ('Upper@Test.invalid', 'X')`,
      ),
    ).rejects.toMatchObject({
      driverError: { code: '23514', constraint: 'ck_user_account_email_lower_case' },
    });
  });
});
