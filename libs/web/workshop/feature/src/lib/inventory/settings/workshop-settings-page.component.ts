import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ContractType, WorkshopSettingsRequest } from '@zusammen/shared/contracts';
import { CONTRACT_TYPES } from '@zusammen/shared/contracts';
import { LocaleService, SessionStore } from '@zusammen/web/core';
import { WorkshopSettingsStore } from '@zusammen/web/workshop/data-access';
import { centsOfInput } from '../../counter/shared/counter-format';
import { InventoryNavComponent } from '../shared/inventory-nav.component';
import type { InventoryProblem } from '../shared/inventory-problem';
import { inventoryFailureOf } from '../shared/inventory-problem';
import { formatInstant } from '../shared/inventory-format';

/** Whole-number settings with their allowed range. */
const NUMBERS = [
  { key: 'inspectionValidityDays', min: 1, max: 365 },
  { key: 'loanDays', min: 1, max: 365 },
  { key: 'rentalLimit', min: 1, max: 5 },
  { key: 'reservationHours', min: 1, max: 168 },
] as const;

/** Workshop settings (/werkstatt/einstellungen): staff and admins save; the workshop team reads them. */
@Component({
  selector: 'zl-workshop-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, InventoryNavComponent],
  templateUrl: './workshop-settings-page.component.html',
  styleUrl: '../hours/hours-page.component.scss',
})
export class WorkshopSettingsPageComponent {
  protected readonly store = inject(WorkshopSettingsStore);
  private readonly session = inject(SessionStore);
  private readonly locale = inject(LocaleService).current;
  protected readonly numbers = NUMBERS;
  protected readonly contractTypes = CONTRACT_TYPES;
  protected readonly canSave = computed(() =>
    this.session.roles().some((r) => r === 'staff' || r === 'admin'),
  );
  protected readonly invalid = signal(false);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<InventoryProblem | null>(null);

  constructor() {
    void this.store.load();
  }

  protected euros(cents: number): string {
    return (cents / 100).toFixed(2).replace('.', ',');
  }

  protected when(iso: string): string {
    return formatInstant(iso, this.locale());
  }

  protected async save(event: Event, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    if (!this.canSave()) return;
    const data = new FormData(form);
    const request: Partial<WorkshopSettingsRequest> = {};
    let valid = true;
    for (const { key, min, max } of NUMBERS) {
      const text = String(data.get(key) ?? '').trim();
      const value = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
      if (!(value >= min && value <= max)) valid = false;
      request[key] = value;
    }
    const fee = centsOfInput(String(data.get('fee') ?? ''));
    const deposit = centsOfInput(String(data.get('deposit') ?? ''));
    if (fee === null || Number.isNaN(fee) || deposit === null || Number.isNaN(deposit))
      valid = false;
    this.invalid.set(!valid);
    this.saved.set(false);
    if (!valid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      await this.store.save({
        ...(request as Omit<WorkshopSettingsRequest, 'feeCents' | 'depositCents' | 'contractType'>),
        feeCents: fee as number,
        depositCents: deposit as number,
        contractType: String(data.get('contractType')) as ContractType,
      });
      this.saved.set(true);
    } catch (error) {
      this.problem.set(inventoryFailureOf(error).problem);
    } finally {
      this.busy.set(false);
    }
  }
}
