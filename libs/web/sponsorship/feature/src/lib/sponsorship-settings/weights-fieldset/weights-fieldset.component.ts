import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { MatchComponent } from '@zusammen/shared/contracts';
import { MATCH_COMPONENTS } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import type { SettingsField } from '@zusammen/web/sponsorship/data-access';
import { SETTINGS_LIMITS, weightShares } from '@zusammen/web/sponsorship/data-access';
import { formatPercent } from '../../staff-families/candidates/candidate-format';

export type WeightsDraft = Readonly<Record<MatchComponent, string>>;

/**
 * The seven matching weights as number fields, each with the share it will count right beside it, worked
 * out while typing (weights are relative: only their proportions matter). Used on the settings page and to
 * try other weights for one run of proposals.
 */
@Component({
  selector: 'zl-weights-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './weights-fieldset.component.html',
  styleUrl: './weights-fieldset.component.scss',
})
export class WeightsFieldsetComponent {
  /** Prefix of the field ids (`<prefix>-<component>`), unique on the page. */
  readonly idPrefix = input.required<string>();
  readonly legend = input.required<string>();
  readonly value = input.required<WeightsDraft>();
  /** Fields to mark (weights.<component>, or `weights` when all are 0). */
  readonly invalid = input<readonly SettingsField[]>([]);
  readonly valueChange = output<WeightsDraft>();

  private readonly locale = inject(LocaleService);

  protected readonly components = MATCH_COMPONENTS;
  protected readonly limits = SETTINGS_LIMITS.weight;
  protected readonly shares = computed(() => weightShares(this.value()));
  protected readonly allZero = computed(() => this.invalid().includes('weights'));

  protected fieldId(component: MatchComponent): string {
    return `${this.idPrefix()}-${component}`;
  }

  protected isInvalid(component: MatchComponent): boolean {
    return this.invalid().includes(`weights.${component}`);
  }

  protected describedBy(component: MatchComponent): string {
    const id = this.fieldId(component);
    const ids = [`${this.idPrefix()}-hint`, `${id}-share`];
    if (this.isInvalid(component)) ids.push(`${id}-error`);
    if (this.allZero()) ids.push(`${this.idPrefix()}-all-zero`);
    return ids.join(' ');
  }

  protected percent(share: number): string {
    return formatPercent(share, this.locale.current());
  }

  protected change(component: MatchComponent, text: string): void {
    this.valueChange.emit({ ...this.value(), [component]: text });
  }
}
