import { Injectable } from '@nestjs/common';
import { containsPattern } from '@zusammen/api/core';
import {
  parseInventoryNo,
  type DamageCaseStatus,
  type DamageCaseView,
  type RentalDetail,
  type RentalSummary,
} from '@zusammen/shared/contracts';
import { addDays } from '@zusammen/shared/util';
import { DataSource } from 'typeorm';
import { renderRentalContract } from '../contract/rental-contract';
import { loadDamageCaseViews } from './damage-views';
import { loadContractInput } from './rental-contract-data';
import type { RentalView } from './rental.dto';
import { DUE_SOON_DAYS, workshopToday } from './rental-dates';
import { loadRentalDetail } from './rental-detail';
import { loadRentalSummaries } from './rental-views';

/** Each list view: its condition (`bind` turns a value into a `$n` parameter) and its order. */
const VIEWS: Record<
  RentalView,
  { where: (today: string, bind: (value: unknown) => string) => string; orderBy: string }
> = {
  open: {
    where: () => `r.status IN ('reserved', 'active')`,
    orderBy: 'r.due_on NULLS LAST, r.reserved_until, r.id',
  },
  due_soon: {
    where: (today, bind) =>
      `r.status = 'active' AND r.due_on >= ${bind(today)}::date AND r.due_on <= ${bind(addDays(today, DUE_SOON_DAYS))}::date`,
    orderBy: 'r.due_on, r.id',
  },
  overdue: {
    where: (today, bind) => `r.status = 'active' AND r.due_on < ${bind(today)}::date`,
    orderBy: 'r.due_on, r.id',
  },
  returned: {
    where: () => `r.status IN ('returned', 'closed')`,
    orderBy: 'r.returned_at DESC, r.id',
  },
  all: { where: () => 'true', orderBy: 'r.created_at DESC, r.id' },
};

/** The desk's lists of rentals (open, due soon, overdue = the call list, returned, all) and damage cases. */
@Injectable()
export class RentalQueriesService {
  constructor(private readonly dataSource: DataSource) {}

  list(view: RentalView = 'open', q?: string): Promise<RentalSummary[]> {
    const today = workshopToday(new Date());
    const { where, orderBy } = VIEWS[view];
    const text = q?.trim() ?? '';
    const params: unknown[] = [];
    const bind = (value: unknown): string => `$${params.push(value)}`;
    let condition = `(${where(today, bind)})`;
    if (text)
      condition += ` AND (b.display_name ILIKE ${bind(containsPattern(text))} OR bk.inventory_no = ${bind(parseInventoryNo(text))}::int)`;
    return loadRentalSummaries(this.dataSource.manager, condition, params, today, orderBy);
  }

  get(id: string): Promise<RentalDetail> {
    return loadRentalDetail(this.dataSource.manager, id, workshopToday(new Date()));
  }

  /** The contract PDF (German binding text plus the borrower's language) of a handed-out rental. */
  async contractPdf(id: string): Promise<Buffer> {
    return renderRentalContract(await loadContractInput(this.dataSource.manager, id));
  }

  damageCases(status: DamageCaseStatus = 'open'): Promise<DamageCaseView[]> {
    return loadDamageCaseViews(
      this.dataSource.manager,
      'd.status = $1',
      [status],
      workshopToday(new Date()),
    );
  }
}
