import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { WorkProgramme } from '@zusammen/shared/contracts';
import { WORK_PROGRAMMES } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import {
  HoursStore,
  addMonths,
  berlinToday,
  monthOfDate,
} from '@zusammen/web/workshop/data-access';
import { InventoryNavComponent } from '../shared/inventory-nav.component';
import type { InventoryProblem } from '../shared/inventory-problem';
import { inventoryFailureOf } from '../shared/inventory-problem';
import { formatDay, formatMinutes } from '../shared/inventory-format';

/**
 * Workers (programme, safety instruction, inspection right) and their hours per month with approval
 * (/werkstatt/stunden).
 */
@Component({
  selector: 'zl-hours-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, InventoryNavComponent],
  templateUrl: './hours-page.component.html',
  styleUrl: './hours-page.component.scss',
})
export class HoursPageComponent {
  protected readonly store = inject(HoursStore);
  private readonly locale = inject(LocaleService).current;
  protected readonly programmes = WORK_PROGRAMMES;
  private readonly thisMonth = monthOfDate(berlinToday());
  protected readonly months = Array.from({ length: 13 }, (_, i) => addMonths(this.thisMonth, -i));
  protected readonly workerInvalid = signal(false);
  protected readonly problem = signal<InventoryProblem | null>(null);
  protected readonly busy = signal(false);
  protected readonly total = computed(() =>
    formatMinutes(this.store.minutesTotal(), this.locale()),
  );

  constructor() {
    void this.store.load(this.thisMonth);
  }

  protected monthName(month: string): string {
    return new Intl.DateTimeFormat(`${this.locale()}-u-ca-gregory`, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${month}-15T12:00:00Z`));
  }

  protected day(date: string | null): string {
    return formatDay(date, this.locale());
  }

  protected minutes(value: number): string {
    return formatMinutes(value, this.locale());
  }

  protected async approve(entryId: string): Promise<void> {
    this.problem.set(null);
    try {
      await this.store.approve(entryId);
    } catch (error) {
      this.problem.set(inventoryFailureOf(error).problem);
    }
  }

  protected async addWorker(event: Event, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    const data = new FormData(form);
    const displayName = String(data.get('displayName') ?? '').trim();
    this.workerInvalid.set(!displayName);
    if (!displayName) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      await this.store.addWorker({
        displayName,
        programme: String(data.get('programme')) as WorkProgramme,
        safetyInstructionOn: String(data.get('safetyOn') ?? '') || null,
        mayInspect: data.get('mayInspect') === 'on',
      });
      form.reset();
    } catch (error) {
      this.problem.set(inventoryFailureOf(error).problem);
    } finally {
      this.busy.set(false);
    }
  }
}
