import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { MatchComponent, SponsorshipSettingsResponse } from '@zusammen/shared/contracts';
import { MATCH_COMPONENTS } from '@zusammen/shared/contracts';
import {
  LocaleService,
  adminProblemOf,
  focusAfterRender,
  formatDateTime,
  profileFailureOf,
} from '@zusammen/web/core';
import type { SettingsDraft, SettingsField } from '@zusammen/web/sponsorship/data-access';
import {
  SETTINGS_LIMITS,
  SponsorshipSettingsApi,
  invalidSettingsFields,
  parseDecimal,
  settingsDraftOf,
  settingsFieldsOf,
  settingsRequestOf,
} from '@zusammen/web/sponsorship/data-access';
import { formatCount, formatPercent } from '../staff-families/candidates/candidate-format';
import { isolated } from '../staff-volunteers/bidi-isolate';
import { StaffSponsorshipNavComponent } from '../staff-volunteers/staff-sponsorship-nav.component';
import type { WeightsDraft } from './weights-fieldset/weights-fieldset.component';
import { WeightsFieldsetComponent } from './weights-fieldset/weights-fieldset.component';

type LoadState = 'loading' | 'ready' | 'failed';
/** Why saving failed beyond the fields, as a key under `sponsorshipSettings.problems`. */
type SaveProblem = 'forbidden' | 'network' | 'unexpected';

const FIELD_IDS: Readonly<Record<Exclude<SettingsField, `weights.${string}`>, string>> = {
  weights: `settings-weights-${MATCH_COMPONENTS[0]}`,
  noContactDays: 'settings-no-contact-days',
  trialMeetingsRequired: 'settings-trial-meetings',
  minScore: 'settings-min-score',
  form: 'settings-form',
};

/**
 * "Einstellungen" (staff, admin): the matching weights and the follow-up rules. Every save is a new
 * version; proposals keep the version they were computed with, so earlier ones stay explainable.
 */
@Component({
  selector: 'zl-sponsorship-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, StaffSponsorshipNavComponent, WeightsFieldsetComponent],
  templateUrl: './sponsorship-settings-page.component.html',
  styleUrl: './sponsorship-settings-page.component.scss',
})
export class SponsorshipSettingsPageComponent {
  private readonly api = inject(SponsorshipSettingsApi);
  private readonly locale = inject(LocaleService);
  private readonly injector = inject(Injector);

  protected readonly limits = SETTINGS_LIMITS;
  protected readonly state = signal<LoadState>('loading');
  protected readonly settings = signal<SponsorshipSettingsResponse | null>(null);
  protected readonly draft = signal<SettingsDraft | null>(null);
  protected readonly invalid = signal<readonly SettingsField[]>([]);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<SaveProblem | null>(null);

  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');
  private readonly liveBox = viewChild<ElementRef<HTMLElement>>('liveBox');
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');

  protected readonly isolated = isolated;

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.state.set('loading');
    try {
      this.show(await this.api.get());
      this.state.set('ready');
    } catch {
      this.state.set('failed');
    }
  }

  protected moment(iso: string): string {
    return formatDateTime(iso, this.locale.current());
  }

  protected count(value: number): string {
    return formatCount(value, this.locale.current());
  }

  protected percent(share: number): string {
    return formatPercent(share, this.locale.current());
  }

  /** The minimum score as a percentage while typing; null while it is no number in 0–1. */
  protected minScoreShare(text: string): string | null {
    const value = parseDecimal(text);
    const { min, max } = SETTINGS_LIMITS.minScore;
    return value === null || value < min || value > max ? null : this.percent(value);
  }

  /** The bounds a field's error names. */
  protected errorParams(field: SettingsField): { min: number; max: number } {
    if (field === 'noContactDays' || field === 'trialMeetingsRequired' || field === 'minScore') {
      return { min: SETTINGS_LIMITS[field].min, max: SETTINGS_LIMITS[field].max };
    }
    return { min: SETTINGS_LIMITS.weight.min, max: SETTINGS_LIMITS.weight.max };
  }

  protected isInvalid(field: SettingsField): boolean {
    return this.invalid().includes(field);
  }

  protected fieldId(field: SettingsField): string {
    return field.startsWith('weights.')
      ? `settings-weights-${field.slice('weights.'.length)}`
      : FIELD_IDS[field as keyof typeof FIELD_IDS];
  }

  /** The component of a `weights.<component>` field, for its error text. */
  protected componentOf(field: SettingsField): MatchComponent | null {
    return MATCH_COMPONENTS.find((c) => field === `weights.${c}`) ?? null;
  }

  /** Follows a summary link without leaving the page (a bare `#id` resolves against `<base href>`). */
  protected focusField(event: Event, field: SettingsField): void {
    event.preventDefault();
    document.getElementById(this.fieldId(field))?.focus();
  }

  protected patch(changes: Partial<SettingsDraft>): void {
    this.draft.update((draft) => (draft ? { ...draft, ...changes } : draft));
  }

  protected patchWeights(weights: WeightsDraft): void {
    this.patch({ weights: { ...weights } });
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.draft();
    if (!draft || this.busy()) return;
    this.saved.set(false);
    this.problem.set(null);
    this.invalid.set(invalidSettingsFields(draft));
    if (this.invalid().length > 0) {
      focusAfterRender(this.injector, () => this.errorSummary()?.nativeElement);
      return;
    }
    this.busy.set(true);
    try {
      this.show(await this.api.save(settingsRequestOf(draft)));
      this.saved.set(true);
      focusAfterRender(this.injector, () => this.liveBox()?.nativeElement);
    } catch (error) {
      const failure = profileFailureOf(error);
      if (failure.status === 422 || failure.status === 400) {
        this.invalid.set(settingsFieldsOf(Object.keys(failure.fields)));
        focusAfterRender(this.injector, () => this.errorSummary()?.nativeElement);
      } else {
        const general = adminProblemOf(failure);
        this.problem.set(general === 'forbidden' || general === 'network' ? general : 'unexpected');
        focusAfterRender(this.injector, () => this.problemBox()?.nativeElement);
      }
    } finally {
      this.busy.set(false);
    }
  }

  private show(settings: SponsorshipSettingsResponse): void {
    this.settings.set(settings);
    this.draft.set(settingsDraftOf(settings));
    this.invalid.set([]);
  }
}
