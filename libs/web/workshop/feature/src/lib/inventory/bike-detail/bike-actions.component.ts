import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { BikeAction, RetirementReason } from '@zusammen/shared/contracts';
import { RETIREMENT_REASONS } from '@zusammen/shared/contracts';

/** Actions that ask why (free text) before they are sent. */
const NEEDS_REASON: readonly BikeAction[] = [
  'await_parts',
  'report_defect',
  'hold',
  'report_missing',
  'report_stolen',
];

/** A state change the user confirmed, with its reason. */
export interface BikeActionChoice {
  action: BikeAction;
  reason: string | null;
  retirementReason: RetirementReason | null;
}

/**
 * The state changes the bike allows now (`allowedActions`), one button each. Retiring asks for the reason
 * from a list; holding, awaiting parts, defects, missing and stolen ask for a note.
 */
@Component({
  selector: 'zl-bike-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <ul class="actions" data-testid="bike-actions">
        @for (action of actions(); track action) {
          <li>
            <button
              type="button"
              class="button"
              [class.button--outlined]="action !== primary()"
              [attr.data-action]="action"
              [disabled]="busy()"
              [attr.aria-expanded]="asks(action) ? pending() === action : null"
              (click)="choose(action)"
            >
              {{ t('workshopEnum.bikeAction.' + action) }}
            </button>
          </li>
        }
      </ul>
      @if (pending(); as action) {
        <form class="confirm card" (submit)="confirm($event)" data-testid="bike-action-confirm">
          <h3 #heading tabindex="-1">{{ t('workshopEnum.bikeAction.' + action) }}</h3>
          @if (action === 'retire') {
            <div class="field">
              <label for="retire-reason">{{ t('workshopInventory.detail.retireReason') }}</label>
              <select
                id="retire-reason"
                required
                (change)="retirementReason.set($any($event.target).value)"
              >
                <option value="">{{ t('workshopInventory.intake.choose') }}</option>
                @for (reason of reasons; track reason) {
                  <option [value]="reason">
                    {{ t('workshopEnum.retirementReason.' + reason) }}
                  </option>
                }
              </select>
              @if (missing()) {
                <p class="field__error">{{ t('workshopInventory.detail.retireReasonMissing') }}</p>
              }
            </div>
          } @else {
            <div class="field">
              <label for="action-reason">{{ t('workshopInventory.detail.reason') }}</label>
              <textarea
                id="action-reason"
                rows="2"
                maxlength="500"
                (input)="reason.set($any($event.target).value)"
              ></textarea>
              @if (missing()) {
                <p class="field__error">{{ t('workshopInventory.detail.reasonMissing') }}</p>
              }
            </div>
          }
          <div class="row">
            <button type="submit" class="button" [disabled]="busy()">
              {{ t('workshopInventory.detail.confirm') }}
            </button>
            <button type="button" class="button button--outlined" (click)="pending.set(null)">
              {{ t('workshopInventory.detail.cancel') }}
            </button>
          </div>
        </form>
      }
    </ng-container>
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .confirm {
      display: grid;
      gap: 0.75rem;
      margin-block-start: 0.75rem;
      max-inline-size: 32rem;
    }
    h3 {
      margin: 0;
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    label {
      font-weight: 600;
    }
    select,
    textarea {
      min-block-size: 2.75rem;
      padding: 0.5rem 0.75rem;
      font: inherit;
      border: 2px solid var(--mat-sys-outline);
      border-radius: 0.5rem;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    .field__error {
      margin: 0;
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class BikeActionsComponent {
  readonly actions = input.required<readonly BikeAction[]>();
  readonly busy = input(false);
  readonly chosen = output<BikeActionChoice>();

  private readonly injector = inject(Injector);
  protected readonly reasons = RETIREMENT_REASONS;
  protected readonly pending = signal<BikeAction | null>(null);
  protected readonly reason = signal('');
  protected readonly retirementReason = signal<RetirementReason | ''>('');
  protected readonly missing = signal(false);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  /** The action most likely next (filled button); the others are outlined. */
  protected primary(): BikeAction | null {
    const order: BikeAction[] = [
      'make_available',
      'send_to_inspection',
      'start_repair',
      'resume_repair',
      'start_assessment',
    ];
    return order.find((a) => this.actions().includes(a)) ?? null;
  }

  protected asks(action: BikeAction): boolean {
    return action === 'retire' || NEEDS_REASON.includes(action);
  }

  protected choose(action: BikeAction): void {
    if (!this.asks(action)) {
      this.chosen.emit({ action, reason: null, retirementReason: null });
      return;
    }
    this.reason.set('');
    this.retirementReason.set('');
    this.missing.set(false);
    this.pending.set(action);
    afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected confirm(event: Event): void {
    event.preventDefault();
    const action = this.pending();
    if (!action) return;
    if (action === 'retire' && !this.retirementReason()) return this.missing.set(true);
    if (action !== 'retire' && !this.reason().trim()) return this.missing.set(true);
    this.chosen.emit({
      action,
      reason: action === 'retire' ? null : this.reason().trim(),
      retirementReason: action === 'retire' ? (this.retirementReason() as RetirementReason) : null,
    });
    this.pending.set(null);
  }
}
