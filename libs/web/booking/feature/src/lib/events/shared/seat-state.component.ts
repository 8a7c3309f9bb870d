import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { EventSummary, OccurrenceSummary } from '@zusammen/shared/contracts';
import { seatStateOf } from '@zusammen/web/booking/data-access';
import { LocaleService } from '@zusammen/web/core';
import { formatCount } from './event-format';

/** SVG paths (24 × 24) of the seat states; the words beside them carry the meaning. */
const ICONS = {
  free: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.2 14.6-4.3-4.3 1.4-1.4 2.9 2.9 5.9-5.9 1.4 1.4Z',
  waitlist: 'M6 2h12v6l-4 4 4 4v6H6v-6l4-4-4-4Zm2 2v3.2l4 4 4-4V4Zm4 8.8-4 4V20h8v-3.2Z',
  full: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 0 1 6.3 12.9L7.1 5.7A8 8 0 0 1 12 4Zm-6.3 3.1 11.2 11.2A8 8 0 0 1 5.7 7.1Z',
  closed:
    'M12 2a5 5 0 0 0-5 5v3H5v12h14V10h-2V7a5 5 0 0 0-5-5Zm-3 5a3 3 0 0 1 6 0v3H9Zm3 6a2 2 0 0 1 1 3.7V19h-2v-2.3A2 2 0 0 1 12 13Z',
  cancelled:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm3.6 5 1.4 1.4-3.6 3.6 3.6 3.6-1.4 1.4-3.6-3.6L8.4 17 7 15.6l3.6-3.6L7 8.4 8.4 7l3.6 3.6Z',
} as const;

/**
 * Whether a date still takes people, in words with an icon (never colour alone): free places with their
 * number, waiting list, full, no registration, or cancelled.
 */
@Component({
  selector: 'zl-seat-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t; prefix: 'events.seats'">
      <span class="seat" [class]="'seat seat--' + state()" [attr.data-state]="state()">
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path fill="currentColor" [attr.d]="icon()" />
        </svg>
        <span>
          @switch (state()) {
            @case ('free') {
              {{ t('free', { count: count(occurrence().seatsFree) }) }}
            }
            @case ('waitlist') {
              {{ t('waitlist') }}
            }
            @default {
              {{ t(state()) }}
            }
          }
        </span>
      </span>
    </ng-container>
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .seat {
      display: inline-flex;
      align-items: flex-start;
      gap: 0.375rem;
      font-weight: 600;
    }
    svg {
      flex: none;
      margin-block-start: 0.15em;
    }
    .seat--free svg {
      color: var(--mat-sys-primary);
    }
    .seat--cancelled,
    .seat--full svg {
      color: var(--mat-sys-error);
    }
  `,
})
export class SeatStateComponent {
  readonly event = input.required<EventSummary>();
  readonly occurrence = input.required<OccurrenceSummary>();

  private readonly locale = inject(LocaleService).current;
  protected readonly state = computed(() => seatStateOf(this.event(), this.occurrence()));
  protected readonly icon = computed(() => ICONS[this.state()]);

  protected count(value: number): string {
    return formatCount(value, this.locale());
  }
}
