import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { HourAxis } from '@zusammen/web/booking/data-access';
import { STATUS_ICON_PATHS } from '../shared/status-badge.component';
import type { BookingCell } from './calendar-model';
import type { ColumnView, FreeCellView, FreePick, HourMark } from './calendar-view-model';
import { isBookingView } from './calendar-view-model';

/**
 * The week and day views: one column per day (of one room), hours down the side. Bookings are buttons
 * whose accessible name says room, day, time, title and state; free time is a link that starts a booking
 * (at the half hour pointed at with a mouse, at the start of the free time from the keyboard). Tab order
 * runs through each day in clock order. Columns follow the reading direction (Monday on the right in
 * Arabic and Persian). On a phone the week scrolls sideways inside its own region.
 */
@Component({
  selector: 'zl-time-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="scroll"
      role="region"
      tabindex="0"
      [attr.aria-label]="label()"
      [class.scroll--week]="columns().length > 1"
      data-testid="time-grid"
    >
      <div class="grid" [style.--columns]="columns().length" [style.--hours]="hours().length">
        <div class="corner" aria-hidden="true"></div>
        @for (col of columns(); track col.column.key) {
          <div class="head" [class.head--today]="col.isToday">
            @if (columns().length > 1) {
              <button
                type="button"
                class="head__button"
                [attr.aria-label]="col.heading + ' – ' + dayViewLabel()"
                (click)="dayChosen.emit(col.column.date)"
              >
                <span class="head__weekday">{{ col.shortWeekday }}</span>
                <span class="head__day">{{ col.shortDay }}</span>
              </button>
            } @else {
              <span class="head__single">{{ col.heading }}</span>
            }
          </div>
        }

        <div class="axis" aria-hidden="true">
          @for (mark of hours(); track mark.hour) {
            <span class="axis__label" [style.inset-block-start.%]="mark.offset">{{
              mark.label
            }}</span>
          }
        </div>
        @for (col of columns(); track col.column.key) {
          <section
            class="column"
            [class.column--closed]="!col.column.open"
            [class.column--past]="col.isPast"
            [attr.aria-label]="col.heading"
            [attr.data-date]="col.column.date"
          >
            @if (!col.column.open) {
              <p class="column__closed">{{ closedText() }}</p>
            }
            @for (view of col.cells; track view.cell.key) {
              @if (isBooking(view)) {
                @if (view.cell.buffer; as buffer) {
                  <div
                    class="buffer"
                    aria-hidden="true"
                    [style.inset-block-start.%]="buffer.offset"
                    [style.block-size.%]="buffer.size"
                    [style.inset-inline-start.%]="(view.cell.lane / view.cell.lanes) * 100"
                    [style.inline-size.%]="100 / view.cell.lanes"
                  ></div>
                }
                <button
                  type="button"
                  class="booking"
                  data-testid="calendar-booking"
                  [class]="'booking booking--' + view.icon"
                  [class.booking--cut-start]="view.cell.cutStart"
                  [class.booking--cut-end]="view.cell.cutEnd"
                  [attr.data-booking-id]="view.cell.booking.id"
                  [style.inset-block-start.%]="view.cell.place.offset"
                  [style.block-size.%]="view.cell.place.size"
                  [style.inset-inline-start.%]="(view.cell.lane / view.cell.lanes) * 100"
                  [style.inline-size.%]="100 / view.cell.lanes"
                  (click)="bookingChosen.emit(view.cell)"
                >
                  <span class="visually-hidden">{{ view.context }}</span>
                  <span class="booking__time">{{ view.time }}</span><span class="visually-hidden"
                    >,
                  </span>
                  <span class="booking__title" dir="auto">{{ view.title }}</span><span
                    class="visually-hidden"
                    >,
                  </span>
                  <span class="booking__status">
                    <svg
                      viewBox="0 0 24 24"
                      width="14"
                      height="14"
                      aria-hidden="true"
                      focusable="false"
                    >
                      <path [attr.d]="iconPath(view.icon)" fill="currentColor" />
                    </svg>
                    {{ view.status }}
                  </span>
                </button>
              } @else {
                <a
                  class="free"
                  data-testid="calendar-free"
                  [attr.href]="view.href"
                  [attr.aria-label]="view.name"
                  [style.inset-block-start.%]="view.cell.place.offset"
                  [style.block-size.%]="view.cell.place.size"
                  (click)="pick($event, view)"
                  ><span class="free__text" aria-hidden="true">+ {{ freeText() }}</span></a
                >
              }
            }
          </section>
        }
      </div>
    </div>
  `,
  styleUrl: './time-grid.component.scss',
})
export class TimeGridComponent {
  readonly columns = input.required<readonly ColumnView[]>();
  readonly axis = input.required<HourAxis>();
  readonly hours = input.required<readonly HourMark[]>();
  /** Name of the scrolling region, e.g. "Wochenansicht Großer Saal". */
  readonly label = input.required<string>();
  readonly freeText = input.required<string>();
  readonly closedText = input.required<string>();
  readonly dayViewLabel = input.required<string>();

  readonly bookingChosen = output<BookingCell>();
  readonly freeChosen = output<FreePick>();
  readonly dayChosen = output<string>();

  protected readonly isBooking = isBookingView;
  protected readonly minutes = computed(() => this.axis().end - this.axis().start);

  protected iconPath(icon: keyof typeof STATUS_ICON_PATHS): string {
    return STATUS_ICON_PATHS[icon];
  }

  /** A mouse click picks the half hour under the pointer; Enter on the link (no pointer) the start. */
  protected pick(event: MouseEvent, view: FreeCellView): void {
    event.preventDefault();
    let pointed: number | null = null;
    const target = event.currentTarget as HTMLElement | null;
    if (event.detail > 0 && target) {
      const box = target.getBoundingClientRect();
      if (box.height > 0) {
        const share = Math.min(1, Math.max(0, (event.clientY - box.top) / box.height));
        pointed = view.cell.span.start + share * (view.cell.span.end - view.cell.span.start);
      }
    }
    this.freeChosen.emit({ cell: view.cell, pointed });
  }
}
