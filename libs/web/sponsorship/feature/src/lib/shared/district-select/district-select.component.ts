import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, input, model, viewChild } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { BorkenDistrict } from '@zusammen/shared/contracts';
import { BORKEN_DISTRICTS } from '@zusammen/shared/contracts';

/**
 * A native `<select>` of the districts (Ortsteile) of Borken, named in German as the town does. The label,
 * hint and error stay with the caller: its `<label for>` points at `selectId`. While `value` is `null` a
 * "please choose" option is selected.
 */
@Component({
  selector: 'zl-district-select',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './district-select.component.html',
  styleUrl: './district-select.component.scss',
})
export class DistrictSelectComponent {
  /** Id of the `<select>` (the caller's label points at it). */
  readonly selectId = input.required<string>();
  readonly name = input('district');
  readonly value = model<BorkenDistrict | null>(null);
  readonly required = input(true);
  readonly invalid = input(false);
  /** Ids of the caller's hint and error texts, space-separated. */
  readonly describedBy = input<string | null>(null);

  protected readonly districts = BORKEN_DISTRICTS;

  /** The `<select>` itself, for callers that move the focus to it. */
  readonly control = viewChild.required<ElementRef<HTMLSelectElement>>('control');

  protected choose(code: string): void {
    const district = this.districts.find((d) => d === code);
    this.value.set(district ?? null);
  }
}
