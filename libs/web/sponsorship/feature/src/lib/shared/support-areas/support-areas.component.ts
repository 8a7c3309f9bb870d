import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { SupportArea } from '@zusammen/shared/contracts';
import { SUPPORT_AREAS } from '@zusammen/shared/contracts';

/**
 * The support areas as a group of checkboxes in a fieldset: what a volunteer helps with, or what a family
 * needs (one vocabulary, so both sides compare). The caller words the legend and may add a hint or error
 * (`describedBy`); `value` keeps the vocabulary's order whatever the order of ticking.
 */
@Component({
  selector: 'zl-support-areas',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './support-areas.component.html',
  styleUrl: './support-areas.component.scss',
})
export class SupportAreasComponent {
  /** Prefix of the checkbox ids (unique per page). */
  readonly idPrefix = input.required<string>();
  /** The legend of the group, already translated. */
  readonly legend = input.required<string>();
  readonly value = model<readonly SupportArea[]>([]);
  readonly invalid = input(false);
  /** Ids of the caller's hint and error texts, space-separated. */
  readonly describedBy = input<string | null>(null);

  protected readonly areas = SUPPORT_AREAS;

  protected isChecked(area: SupportArea): boolean {
    return this.value().includes(area);
  }

  protected toggle(area: SupportArea, checked: boolean): void {
    const chosen = new Set(this.value());
    if (checked) chosen.add(area);
    else chosen.delete(area);
    this.value.set(this.areas.filter((a) => chosen.has(a)));
  }
}
