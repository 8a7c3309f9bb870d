import type {
  InspectionItemResult,
  InspectionResult,
  InspectionView,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';

interface InspectionRow {
  id: string;
  bike_id: string;
  template_version: number;
  items: Record<string, InspectionItemResult>;
  result: InspectionResult;
  notes: string | null;
  inspector_name: string;
  performed_at: Date;
  valid_until: Date | null;
}

/** Inspections matching `where` (on `i`), latest first. */
export async function loadInspections(
  manager: EntityManager,
  where: string,
  params: unknown[],
): Promise<InspectionView[]> {
  const rows: InspectionRow[] = await manager.query(
    `SELECT i.id, i.bike_id, i.template_version, i.items, i.result, i.notes,
            u.display_name AS inspector_name, i.performed_at, i.valid_until
       FROM bike_inspection i JOIN user_account u ON u.id = i.inspector_id
      WHERE ${where}
      ORDER BY i.performed_at DESC, i.id`,
    params,
  );
  return rows.map((row) => ({
    id: row.id,
    bikeId: row.bike_id,
    templateVersion: row.template_version,
    items: row.items,
    result: row.result,
    notes: row.notes,
    inspectorName: row.inspector_name,
    performedAt: new Date(row.performed_at).toISOString(),
    validUntil: row.valid_until === null ? null : new Date(row.valid_until).toISOString(),
  }));
}
