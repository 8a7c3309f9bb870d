import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { MatchComponent } from '@zusammen/shared/contracts';
import { MATCH_COMPONENTS } from '@zusammen/shared/contracts';
import { DEFAULT_MATCH_WEIGHTS } from '@zusammen/shared/util';
import {
  LocaleService,
  focusAfterRender,
  formatDateTime,
  profileFailureOf,
} from '@zusammen/web/core';
import type { SettingsField } from '@zusammen/web/sponsorship/data-access';
import {
  MatchRunsStore,
  SETTINGS_LIMITS,
  SponsorshipSettingsApi,
  invalidWeightFields,
  settingsDraftOf,
  settingsFieldsOf,
  weightsOf,
} from '@zusammen/web/sponsorship/data-access';
import { formatCount, formatPercent } from '../staff-families/candidates/candidate-format';
import { isolated } from '../staff-volunteers/bidi-isolate';
import { StaffSponsorshipNavComponent } from '../staff-volunteers/staff-sponsorship-nav.component';
import type { WeightsDraft } from '../sponsorship-settings/weights-fieldset/weights-fieldset.component';
import { WeightsFieldsetComponent } from '../sponsorship-settings/weights-fieldset/weights-fieldset.component';
import { ProposalCardComponent } from './proposal-card.component';
import { formatDuration, formatScore, largestShare, weightSharesOf } from './run-figures';
import { BarChartComponent, type ChartBar } from '@zusammen/web/ui';

/** Why a run could not be computed, as a key under `matchRuns.problems`. */
type StartProblem = 'invalid' | 'forbidden' | 'network' | 'unexpected';

function textWeights(weights: Readonly<Record<MatchComponent, number>>): WeightsDraft {
  return Object.fromEntries(MATCH_COMPONENTS.map((c) => [c, String(weights[c])])) as WeightsDraft;
}

/**
 * "Vorschläge" (staff): one button computes proposals for every waiting family at once (an optimal
 * assignment, never a pairing). The page shows the latest run: who ran it with which weights, how much
 * each score component contributed, every proposal with its decision, and the families left without one.
 * Staff may try other weights for a run without saving them.
 */
@Component({
  selector: 'zl-match-runs-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    StaffSponsorshipNavComponent,
    WeightsFieldsetComponent,
    BarChartComponent,
    ProposalCardComponent,
  ],
  templateUrl: './match-runs-page.component.html',
  styleUrl: './match-runs-page.component.scss',
})
export class MatchRunsPageComponent {
  protected readonly store = inject(MatchRunsStore);
  private readonly settingsApi = inject(SponsorshipSettingsApi);
  protected readonly locale = inject(LocaleService);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);

  protected readonly run = this.store.run;
  protected readonly tryOther = signal(false);
  /** The weights to try; filled from the saved settings the first time they are shown. */
  protected readonly weights = signal<WeightsDraft | null>(null);
  protected readonly weightsLoading = signal(false);
  protected readonly invalid = signal<readonly SettingsField[]>([]);
  protected readonly problem = signal<StartProblem | null>(null);
  /** Set after a run computed here, for the live region. */
  protected readonly justComputed = signal(false);

  protected readonly weightShares = computed(() => {
    const run = this.run();
    return run ? weightSharesOf(run.weights) : null;
  });
  protected readonly largest = computed(() => {
    const run = this.run();
    return run ? largestShare(run.componentShares) : null;
  });
  protected readonly shareBars = computed<ChartBar[]>(() => {
    const run = this.run();
    this.locale.current();
    if (!run) return [];
    return MATCH_COMPONENTS.map((component) => ({
      label: this.componentName(component),
      value: run.componentShares[component] ?? 0,
      valueText: this.percent(run.componentShares[component] ?? 0),
    }));
  });

  protected readonly components = MATCH_COMPONENTS;
  protected readonly weightLimits = SETTINGS_LIMITS.weight;
  protected readonly isolated = isolated;

  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly runHeading = viewChild<ElementRef<HTMLElement>>('runHeading');

  constructor() {
    void this.store.load();
  }

  protected componentName(component: MatchComponent): string {
    return this.transloco.translate(`familyCandidates.breakdown.components.${component}`);
  }

  protected percent(share: number): string {
    return formatPercent(share, this.locale.current());
  }

  protected count(value: number): string {
    return formatCount(value, this.locale.current());
  }

  protected moment(iso: string): string {
    return formatDateTime(iso, this.locale.current());
  }

  protected duration(ms: number): string {
    return formatDuration(ms, this.locale.current());
  }

  protected score(value: number): string {
    return formatScore(value, this.locale.current());
  }

  protected fieldAnchor(field: SettingsField): string {
    return `#${this.fieldId(field)}`;
  }

  /** Follows a summary link without leaving the page (a bare `#id` resolves against `<base href>`). */
  protected focusField(event: Event, field: SettingsField): void {
    event.preventDefault();
    document.getElementById(this.fieldId(field))?.focus();
  }

  protected async chooseTryOther(checked: boolean): Promise<void> {
    this.tryOther.set(checked);
    this.invalid.set([]);
    if (!checked || this.weights() !== null) return;
    this.weightsLoading.set(true);
    try {
      this.weights.set(settingsDraftOf(await this.settingsApi.get()).weights);
    } catch {
      // Without the saved settings, start from the weights of the shown run (or the defaults).
      this.weights.set(textWeights(this.run()?.weights ?? DEFAULT_MATCH_WEIGHTS));
    } finally {
      this.weightsLoading.set(false);
    }
  }

  protected async start(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.starting()) return;
    this.problem.set(null);
    this.justComputed.set(false);
    const draft = this.tryOther() ? this.weights() : null;
    if (draft) {
      this.invalid.set(invalidWeightFields(draft));
      if (this.invalid().length > 0) {
        focusAfterRender(this.injector, () => this.errorSummary()?.nativeElement);
        return;
      }
    }
    try {
      await this.store.start((draft && weightsOf(draft)) ?? undefined);
      this.justComputed.set(true);
      focusAfterRender(this.injector, () => this.runHeading()?.nativeElement);
    } catch (error) {
      this.showProblem(error, draft !== null);
    }
  }

  private showProblem(error: unknown, triedWeights: boolean): void {
    const failure = profileFailureOf(error);
    if (failure.status === 422 || failure.status === 400) {
      const fields = settingsFieldsOf(Object.keys(failure.fields)).filter(
        (field) => field.startsWith('weights') && triedWeights,
      );
      if (fields.length > 0) {
        this.invalid.set(fields);
        focusAfterRender(this.injector, () => this.errorSummary()?.nativeElement);
        return;
      }
      this.problem.set('invalid');
    } else if (failure.status === 0) {
      this.problem.set('network');
    } else if (failure.status === 403) {
      this.problem.set('forbidden');
    } else {
      this.problem.set('unexpected');
    }
    focusAfterRender(this.injector, () => this.problemBox()?.nativeElement);
  }

  private fieldId(field: SettingsField): string {
    // All weights at 0 (or an unnamed problem) leads to the first weight.
    return field.startsWith('weights.')
      ? `try-weights-${field.slice('weights.'.length)}`
      : `try-weights-${MATCH_COMPONENTS[0]}`;
  }
}
