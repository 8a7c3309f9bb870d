import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { BikeDetail, InspectionItemResult } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { failedItems } from '@zusammen/web/workshop/data-access';
import { formatDay, formatInstant } from '../shared/inventory-format';

/** A bike's history: its inspections (with the failed items), work orders and rentals, latest first. */
@Component({
  selector: 'zl-bike-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink],
  templateUrl: './bike-history.component.html',
  styleUrl: './bike-detail-page.component.scss',
})
export class BikeHistoryComponent {
  readonly bike = input.required<BikeDetail>();
  private readonly locale = inject(LocaleService).current;

  protected day(value: string | null): string {
    return formatDay(value, this.locale());
  }

  protected instant(value: string | null): string {
    return formatInstant(value, this.locale());
  }

  protected failed(items: Record<string, InspectionItemResult>): string[] {
    return failedItems(
      Object.keys(items).map((key) => ({ key, stvzoRef: null, mandatory: true })),
      items,
    );
  }
}
