import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ScoreBreakdown } from '@zusammen/shared/contracts';
import { MATCH_COMPONENTS } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { formatPercent } from './candidate-format';

/**
 * One candidate's score, component by component: how far each is met, how much it counts and what it adds
 * to the total. The bar only repeats the percentage printed beside it (colour and length never carry
 * meaning alone).
 */
@Component({
  selector: 'zl-score-breakdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './score-breakdown.component.html',
  styleUrl: './score-breakdown.component.scss',
  // On a narrow phone the table may scroll sideways inside this box: keyboard users must reach it too.
  host: { tabindex: '0', role: 'region', '[attr.aria-label]': 'caption()' },
})
export class ScoreBreakdownComponent {
  readonly score = input.required<ScoreBreakdown>();
  /** The table's caption (names the candidate, so several open tables stay distinguishable). */
  readonly caption = input.required<string>();

  private readonly locale = inject(LocaleService);

  protected readonly rows = computed(() => {
    const components = this.score().components;
    return MATCH_COMPONENTS.map((name) => ({ name, ...components[name] }));
  });

  protected percent(share: number): string {
    return formatPercent(share, this.locale.current());
  }

  /** Bar length in % of the track, kept inside the track whatever the server sends. */
  protected barWidth(share: number): number {
    return Math.round(Math.min(Math.max(share, 0), 1) * 100);
  }
}
