import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { STATUS_ICON_PATHS } from '../shared/status-badge.component';
import type { BookingCell } from './calendar-model';
import type { ColumnView, FreeCellView, FreePick, HourMark } from './calendar-view-model';
import { isBookingView } from './calendar-view-model';

/**
 * The rooms timeline of one day: a row per room, the hours across. Time runs in the reading direction
 * (left to right in German, right to left in Arabic and Persian) because every position is an inline
 * offset. Each row is a section named by its room; bookings and free time are in clock order.
 */
@Component({
  selector: 'zl-room-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="scroll"
      role="region"
      tabindex="0"
      [attr.aria-label]="label()"
      data-testid="room-timeline"
    >
      <div class="timeline">
        <div class="corner" aria-hidden="true"></div>
        <div class="hours" aria-hidden="true">
          @for (mark of hours(); track mark.hour) {
            <span class="hours__label" [style.inset-inline-start.%]="mark.offset">{{
              mark.label
            }}</span>
          }
        </div>
        @for (row of rows(); track row.column.key) {
          <section class="row" [attr.aria-labelledby]="'timeline-room-' + row.column.room.id">
            <h3 class="row__room" [id]="'timeline-room-' + row.column.room.id">
              {{ row.heading }}
              @if (!row.column.open) {
                <span class="row__closed">{{ closedText() }}</span>
              }
            </h3>
            <div class="track" [style.--hours]="hours().length">
              @for (view of row.cells; track view.cell.key) {
                @if (isBooking(view)) {
                  @if (view.cell.buffer; as buffer) {
                    <div
                      class="buffer"
                      aria-hidden="true"
                      [style.inset-inline-start.%]="buffer.offset"
                      [style.inline-size.%]="buffer.size"
                    ></div>
                  }
                  <button
                    type="button"
                    data-testid="calendar-booking"
                    [class]="'booking booking--' + view.icon"
                    [attr.data-booking-id]="view.cell.booking.id"
                    [style.inset-inline-start.%]="view.cell.place.offset"
                    [style.inline-size.%]="view.cell.place.size"
                    [style.inset-block-start.%]="(view.cell.lane / view.cell.lanes) * 100"
                    [style.block-size.%]="100 / view.cell.lanes"
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
                    [style.inset-inline-start.%]="view.cell.place.offset"
                    [style.inline-size.%]="view.cell.place.size"
                    (click)="pick($event, view)"
                    ><span class="free__text" aria-hidden="true">+ {{ freeText() }}</span></a
                  >
                }
              }
            </div>
          </section>
        }
      </div>
    </div>
  `,
  styleUrl: './room-timeline.component.scss',
})
export class RoomTimelineComponent {
  readonly rows = input.required<readonly ColumnView[]>();
  readonly hours = input.required<readonly HourMark[]>();
  readonly label = input.required<string>();
  readonly closedText = input.required<string>();
  readonly freeText = input.required<string>();

  readonly bookingChosen = output<BookingCell>();
  readonly freeChosen = output<FreePick>();

  protected readonly isBooking = isBookingView;

  protected iconPath(icon: keyof typeof STATUS_ICON_PATHS): string {
    return STATUS_ICON_PATHS[icon];
  }

  /** The pointer's position along the row, measured from the start side (right in RTL). */
  protected pick(event: MouseEvent, view: FreeCellView): void {
    event.preventDefault();
    let pointed: number | null = null;
    const target = event.currentTarget as HTMLElement | null;
    if (event.detail > 0 && target) {
      const box = target.getBoundingClientRect();
      if (box.width > 0) {
        const rtl = getComputedStyle(target).direction === 'rtl';
        const fromStart = rtl ? box.right - event.clientX : event.clientX - box.left;
        const share = Math.min(1, Math.max(0, fromStart / box.width));
        pointed = view.cell.span.start + share * (view.cell.span.end - view.cell.span.start);
      }
    }
    this.freeChosen.emit({ cell: view.cell, pointed });
  }
}
