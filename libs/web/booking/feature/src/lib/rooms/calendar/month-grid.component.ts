import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

/** A day of the month overview with its words ready. */
export interface MonthDayView {
  date: string;
  /** The number in the cell ("12"). */
  dayNumber: string;
  /** The whole accessible name: "Dienstag, 12. Mai 2026: 3 Buchungen, 1 Sperrzeit". */
  name: string;
  /** The count as drawn (empty when nothing is booked). */
  countText: string;
  bookings: number;
  closures: number;
  inMonth: boolean;
  isToday: boolean;
}

/**
 * The month overview: a table of weeks (Monday first, right to left in Arabic and Persian), each day a
 * button with how many bookings and closures it has; choosing a day opens its rooms timeline.
 */
@Component({
  selector: 'zl-month-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="month" data-testid="month-grid">
      <caption class="visually-hidden">
        {{
          caption()
        }}
      </caption>
      <thead>
        <tr>
          @for (name of weekdays(); track $index) {
            <th scope="col">
              <span class="wd wd--short" aria-hidden="true">{{ name }}</span>
              <span class="wd wd--narrow" aria-hidden="true">{{ weekdaysNarrow()[$index] }}</span>
              <span class="visually-hidden">{{ weekdaysLong()[$index] }}</span>
            </th>
          }
        </tr>
      </thead>
      <tbody>
        @for (week of weeks(); track week[0].date) {
          <tr>
            @for (day of week; track day.date) {
              <td [class.out]="!day.inMonth" [class.today]="day.isToday">
                <button
                  type="button"
                  class="day"
                  data-testid="month-day"
                  [attr.data-date]="day.date"
                  [attr.aria-label]="day.name"
                  (click)="dayChosen.emit(day.date)"
                >
                  <span class="day__number">{{ day.dayNumber }}</span>
                  @if (day.bookings > 0 || day.closures > 0) {
                    <span class="day__count">
                      @if (day.closures > 0) {
                        <svg
                          viewBox="0 0 24 24"
                          width="14"
                          height="14"
                          aria-hidden="true"
                          focusable="false"
                        >
                          <path [attr.d]="lockPath" fill="currentColor" />
                        </svg>
                      }
                      {{ day.countText }}
                    </span>
                  }
                </button>
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: block;
    }
    .month {
      inline-size: 100%;
      table-layout: fixed;
      border-collapse: collapse;
    }
    th {
      padding-block: 0.25rem;
      font-weight: 600;
      text-align: center;
    }
    .wd--narrow {
      display: none;
    }
    td {
      padding: 0.125rem;
      vertical-align: top;
    }
    .day {
      display: grid;
      align-content: start;
      justify-items: start;
      gap: 0.25rem;
      inline-size: 100%;
      min-block-size: 4.5rem;
      padding: 0.375rem;
      font: inherit;
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
      cursor: pointer;
    }
    .day:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .out .day {
      color: var(--mat-sys-on-surface-variant);
      background: var(--mat-sys-surface-container);
    }
    .today .day {
      border: 2px solid var(--mat-sys-primary);
    }
    .today .day__number {
      text-decoration: underline;
      text-decoration-thickness: 0.15em;
    }
    .day__number {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .day__count {
      display: inline-flex;
      align-items: center;
      gap: 0.125rem;
      padding-inline: 0.375rem;
      font-size: 0.875rem;
      font-weight: 600;
      color: var(--mat-sys-on-primary-container);
      background: var(--mat-sys-primary-container);
      border-radius: 0.75rem;
    }
    @media (max-width: 30rem) {
      .wd--short {
        display: none;
      }
      .wd--narrow {
        display: inline;
      }
      .day {
        min-block-size: 3.5rem;
        padding: 0.25rem;
      }
      .day__count {
        padding-inline: 0.25rem;
        font-size: 0.8125rem;
      }
    }
  `,
})
export class MonthGridComponent {
  readonly days = input.required<readonly MonthDayView[]>();
  readonly weekdays = input.required<readonly string[]>();
  readonly weekdaysLong = input.required<readonly string[]>();
  /** One or two letters, for the header on a phone. */
  readonly weekdaysNarrow = input.required<readonly string[]>();
  readonly caption = input.required<string>();
  readonly dayChosen = output<string>();

  protected readonly lockPath =
    'M18 8h-1V6a5 5 0 0 0-10 0v2H6a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V10a2 2 0 0 0-2-2ZM9 6a3 3 0 0 1 6 0v2H9V6Zm9 14H6V10h12v10Z';

  protected readonly weeks = computed(() => {
    const days = this.days();
    const weeks: MonthDayView[][] = [];
    for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
    return weeks;
  });
}
