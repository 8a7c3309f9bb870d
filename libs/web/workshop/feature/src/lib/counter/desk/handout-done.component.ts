import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { RentalDetail } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { formatDay } from '../shared/counter-format';

/** The handout went through: the due date, the contract PDF to open and print, the next handout. */
@Component({
  selector: 'zl-handout-done',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink],
  template: `
    <ng-container *transloco="let t">
      @let r = rental();
      <p class="status status--success" data-testid="handout-done">
        {{ t('workshopCounter.done.handedOut', { bike: r.bikeLabel, name: r.borrowerName }) }}
      </p>
      <p class="due">{{ t('workshopCounter.done.dueOn', { date: day(r.dueOn) }) }}</p>
      <div class="actions">
        <a
          class="button"
          [href]="r.contractUrl"
          target="_blank"
          rel="noopener"
          data-testid="contract-link"
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M6 2h8l6 6v14H6Zm7 1.5V9h5.5ZM8 13h8v1.5H8Zm0 3h8v1.5H8Z"
            />
          </svg>
          {{ t('workshopCounter.done.contract')
          }}<span class="visually-hidden"> {{ t('workshopCounter.done.opensNewTab') }}</span>
        </a>
        <a class="button button--outlined" [routerLink]="['/werkstatt/ausleihen', r.id]">{{
          t('workshopCounter.done.toRental')
        }}</a>
        <button
          type="button"
          class="button button--outlined"
          data-testid="next-handout"
          (click)="next.emit()"
        >
          {{ t('workshopCounter.done.next') }}
        </button>
      </div>
      <p class="hint">{{ t('workshopCounter.done.printHint') }}</p>
    </ng-container>
  `,
  styles: `
    :host {
      display: grid;
      gap: 0.75rem;
    }
    .due {
      margin: 0;
      font-size: 1.25rem;
      font-weight: 700;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class HandoutDoneComponent {
  readonly rental = input.required<RentalDetail>();
  readonly next = output<void>();
  private readonly locale = inject(LocaleService).current;

  protected day(date: string | null): string {
    return formatDay(date, this.locale());
  }
}
