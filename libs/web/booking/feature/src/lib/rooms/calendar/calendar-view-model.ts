import type { StatusIcon } from '../shared/room-format';
import type { BookingCell, CalendarColumn, FreeCell } from './calendar-model';

/** A booking as the grid draws it: the words are ready (translated, in Berlin time). */
export interface BookingCellView {
  cell: BookingCell;
  /** Read before the visible text by screen readers: room and day, e.g. "Großer Saal, Dienstag, 12. Mai,". */
  context: string;
  time: string;
  title: string;
  status: string;
  icon: StatusIcon;
}

export interface FreeCellView {
  cell: FreeCell;
  /** The whole accessible name: "Großer Saal, Dienstag, 12. Mai: frei 09:00–11:30, Buchung beginnen". */
  name: string;
  href: string;
}

export type CellView = BookingCellView | FreeCellView;

export function isBookingView(view: CellView): view is BookingCellView {
  return view.cell.type === 'booking';
}

/** A column (week and day views) or row (timeline) with its headings. */
export interface ColumnView {
  column: CalendarColumn;
  /** "Dienstag, 12. Mai" or the room's name in the timeline. */
  heading: string;
  shortWeekday: string;
  shortDay: string;
  isToday: boolean;
  /** The day is over (no free time to offer). */
  isPast: boolean;
  cells: CellView[];
}

/** An hour line of the axis and its label. */
export interface HourMark {
  hour: number;
  label: string;
  offset: number;
}

/** A free time picked in the grid, with the wall-clock minute pointed at (null from the keyboard). */
export interface FreePick {
  cell: FreeCell;
  pointed: number | null;
}
