import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { BarChartComponent, type ChartBar } from '@zusammen/web/ui';
import { LocaleService } from '@zusammen/web/core';

/**
 * One figure of the report: a heading, the bar chart and the same numbers as a table (the table is what
 * screen readers and copy-paste use; the chart is the quick look).
 */
@Component({
  selector: 'zl-report-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BarChartComponent],
  template: `
    <section [attr.aria-labelledby]="sectionId() + '-title'" [attr.data-testid]="sectionId()">
      <h2 [id]="sectionId() + '-title'">{{ title() }}</h2>
      <ng-content />
      <zl-bar-chart
        [title]="title()"
        [bars]="bars()"
        [direction]="locale.direction()"
        [locale]="locale.current()"
      />
      <div
        class="table-scroll"
        tabindex="0"
        role="region"
        [attr.aria-labelledby]="sectionId() + '-caption'"
      >
        <table>
          <caption [id]="sectionId() + '-caption'">
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ labelHeader() }}</th>
              <th scope="col">{{ valueHeader() }}</th>
            </tr>
          </thead>
          <tbody>
            @for (bar of bars(); track $index) {
              <tr data-testid="report-row">
                <th scope="row">{{ bar.label }}</th>
                <td>{{ bar.valueText }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    section {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.75rem;
    }
    h2 {
      margin-block: 1rem 0;
    }
    .table-scroll {
      overflow-x: auto;
      max-inline-size: 40rem;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    caption {
      margin-block-end: 0.5rem;
      font-weight: 600;
      text-align: start;
    }
    th,
    td {
      padding-block: 0.375rem;
      padding-inline: 0.5rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
    }
    tbody th {
      font-weight: 400;
    }
    td {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
  `,
})
export class ReportChartComponent {
  protected readonly locale = inject(LocaleService);
  /** Unique on the page; also the section's test id. */
  readonly sectionId = input.required<string>();
  readonly title = input.required<string>();
  /** The table's caption, e.g. "Beendete Patenschaften nach Grund, als Tabelle". */
  readonly caption = input.required<string>();
  readonly labelHeader = input.required<string>();
  readonly valueHeader = input.required<string>();
  readonly bars = input.required<readonly ChartBar[]>();
}
