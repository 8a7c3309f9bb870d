import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** One bar: its label, its value (for the length) and the value as the reader writes it. */
export interface ChartBar {
  label: string;
  value: number;
  valueText: string;
}

/** Bars end at most here (% of the width), leaving room for the value written after the longest one. */
const MAX_BAR = 75;
/** Space between the end of a bar and its value, in px. */
const GAP = 6;

/**
 * A plain horizontal bar chart: per row its label (HTML, so it wraps on a narrow phone) and an inline SVG
 * bar with the value after it. For assistive technology the chart is one image named by its title and
 * every label and value; the page shows the same numbers in a table beside it. Bar positions are
 * percentages of the width, so no viewBox shrinks the text; in Arabic and Farsi the bars grow from the
 * right.
 */
@Component({
  selector: 'zl-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chart" role="img" [attr.aria-label]="accessibleName()">
      @for (row of rows(); track $index) {
        <div class="chart__row">
          <span class="chart__label">{{ row.label }}</span>
          <svg
            class="chart__bar"
            width="100%"
            height="20"
            focusable="false"
            [attr.direction]="direction()"
          >
            <rect
              class="track"
              y="3"
              height="14"
              [attr.x]="row.trackX"
              [attr.width]="maxBar + '%'"
            />
            <rect
              class="fill"
              data-testid="chart-bar"
              y="3"
              height="14"
              [attr.x]="row.barX"
              [attr.width]="row.width + '%'"
            />
            <text class="value" y="15" text-anchor="start" [attr.x]="row.valueX" [attr.dx]="row.dx">
              {{ row.valueText }}
            </text>
          </svg>
        </div>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 40rem;
    }
    .chart {
      display: grid;
      gap: 0.5rem;
    }
    .chart__row {
      display: grid;
      gap: 0.125rem;
    }
    /* HTML labels wrap on a narrow phone, where SVG text would be cut off. */
    .chart__label {
      overflow-wrap: anywhere;
    }
    .chart__bar {
      display: block;
      overflow: visible;
    }
    .value {
      font-size: 0.9375rem;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      fill: var(--mat-sys-on-surface);
    }
    .track {
      fill: var(--mat-sys-surface-container-highest);
    }
    .fill {
      fill: var(--mat-sys-primary);
    }
    @media (forced-colors: active) {
      .value,
      .fill {
        fill: CanvasText;
      }
      .track {
        fill: Canvas;
        stroke: CanvasText;
      }
    }
  `,
})
export class BarChartComponent {
  /** What the chart shows, e.g. "Auslastung je Raum". */
  readonly title = input.required<string>();
  readonly bars = input.required<readonly ChartBar[]>();
  /** The value of a full bar; without it the largest value (shares pass 1, so 40 % is 40 % long). */
  readonly max = input<number | null>(null);

  /** The page's writing direction: in Arabic and Farsi the bars grow from the right. */
  readonly direction = input.required<'ltr' | 'rtl'>();
  /** The reader's language, for the list of values in the accessible name. */
  readonly locale = input.required<string>();
  protected readonly maxBar = MAX_BAR;

  protected readonly accessibleName = computed(() => {
    const values = this.bars().map((bar) => `${bar.label}: ${bar.valueText}`);
    return values.length === 0
      ? this.title()
      : `${this.title()}. ${new Intl.ListFormat(this.locale(), { style: 'short', type: 'unit' }).format(values)}`;
  });

  protected readonly rows = computed(() => {
    const bars = this.bars();
    const largest = this.max() ?? Math.max(0, ...bars.map((bar) => bar.value));
    const rtl = this.direction() === 'rtl';
    return bars.map((bar) => {
      const share = largest > 0 ? Math.min(1, Math.max(bar.value, 0) / largest) : 0;
      const width = Math.round(share * MAX_BAR * 10) / 10;
      return {
        label: bar.label,
        valueText: bar.valueText,
        width,
        trackX: rtl ? `${100 - MAX_BAR}%` : '0',
        barX: rtl ? `${100 - width}%` : '0',
        valueX: rtl ? `${100 - width}%` : `${width}%`,
        dx: rtl ? -GAP : GAP,
      };
    });
  });
}
