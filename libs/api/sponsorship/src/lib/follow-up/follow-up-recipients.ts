import type { EntityManager } from 'typeorm';

/**
 * SQL condition: the user_account row aliased `alias` can act as a coordinator now (active, not erased, staff or
 * admin). A coordinator who left gets nothing; their alerts go to the whole team instead.
 */
export function activeCoordinatorSql(alias: string): string {
  return `${alias}.is_active AND ${alias}.erased_at IS NULL AND ${alias}.roles && ARRAY['staff', 'admin']::text[]`;
}

/** Every active staff member (role `staff`), in a fixed order: the team that covers a pairing without coordinator. */
export async function activeStaffIds(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM user_account
      WHERE 'staff' = ANY(roles) AND is_active AND erased_at IS NULL
      ORDER BY id`,
  );
  return rows.map((row) => row.id);
}
