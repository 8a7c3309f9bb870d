import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AvailabilitySlot } from '@zusammen/shared/contracts';
import { AVAILABILITY_SLOTS, PARTS_OF_DAY, WEEKDAYS } from '@zusammen/shared/contracts';

type Weekday = (typeof WEEKDAYS)[number];
type PartOfDay = (typeof PARTS_OF_DAY)[number];

/**
 * Weekly availability as a real table: one row per weekday, one column per part of day, a checkbox in
 * each cell. Every checkbox has its own label ("Monday, morning") so it makes sense when reached by Tab
 * alone; the caption names the table. `value` keeps the week's order whatever the order of ticking.
 */
@Component({
  selector: 'zl-availability-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './availability-grid.component.html',
  styleUrl: './availability-grid.component.scss',
})
export class AvailabilityGridComponent {
  /** Prefix of the checkbox ids (unique per page). */
  readonly idPrefix = input.required<string>();
  /** The caption of the table, already translated. */
  readonly caption = input.required<string>();
  readonly value = model<readonly AvailabilitySlot[]>([]);
  /** Ids of the caller's hint and error texts, space-separated. */
  readonly describedBy = input<string | null>(null);

  protected readonly weekdays = WEEKDAYS;
  protected readonly partsOfDay = PARTS_OF_DAY;

  protected slotOf(day: Weekday, part: PartOfDay): AvailabilitySlot {
    return `${day}-${part}`;
  }

  protected isChecked(day: Weekday, part: PartOfDay): boolean {
    return this.value().includes(this.slotOf(day, part));
  }

  protected toggle(day: Weekday, part: PartOfDay, checked: boolean): void {
    const chosen = new Set(this.value());
    const slot = this.slotOf(day, part);
    if (checked) chosen.add(slot);
    else chosen.delete(slot);
    this.value.set(AVAILABILITY_SLOTS.filter((s) => chosen.has(s)));
  }
}
