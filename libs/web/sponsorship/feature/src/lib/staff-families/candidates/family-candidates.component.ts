import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { FamilyCandidatesResponse, HardFilterCode } from '@zusammen/shared/contracts';
import { HARD_FILTER_CODES, SponsorshipErrorCode } from '@zusammen/shared/contracts';
import { LocaleService, adminProblemOf, profileFailureOf } from '@zusammen/web/core';
import { StaffFamiliesApi } from '@zusammen/web/sponsorship/data-access';
import { formatDay, isKnownLanguageCode } from '../../shared';
import { isolated } from '../../staff-volunteers/bidi-isolate';
import { fitLevelOf, formatCount, formatKm, formatPercent } from './candidate-format';
import { CandidateOfferComponent } from './candidate-offer.component';
import { ScoreBreakdownComponent } from './score-breakdown.component';

type PanelState = 'idle' | 'loading' | 'ready' | 'failed';
/** Why the suggestions could not be computed, as a key under `familyCandidates.problems`. */
type CandidatesProblem = 'consentMissing' | 'notFound' | 'forbidden' | 'network' | 'unexpected';

/**
 * "Suggested sponsors" on a family's page (staff): the five best volunteers with an explainable score and,
 * below, why the others were left out. Nothing loads by itself: the API logs every computation, so staff
 * ask for it with the button. The software only suggests; staff decide and talk to both sides, then offer
 * the family to one of them.
 */
@Component({
  selector: 'zl-family-candidates',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, ScoreBreakdownComponent, CandidateOfferComponent],
  templateUrl: './family-candidates.component.html',
  styleUrl: './family-candidates.component.scss',
})
export class FamilyCandidatesComponent {
  readonly familyId = input.required<string>();
  /** Without consent the API refuses to match; the panel says so instead of offering the button. */
  readonly consentGiven = input(true);

  private readonly api = inject(StaffFamiliesApi);
  private readonly locale = inject(LocaleService);

  protected readonly state = signal<PanelState>('idle');
  protected readonly result = signal<FamilyCandidatesResponse | null>(null);
  protected readonly problem = signal<CandidatesProblem | null>(null);
  /** Volunteer ids whose breakdown is open. */
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());

  /** Filters that removed anyone, in the order they are checked, with their counts. */
  protected readonly exclusions = computed(() => {
    const counts = this.result()?.exclusions;
    if (!counts) return [];
    return HARD_FILTER_CODES.map((code) => ({ code, count: counts[code] ?? 0 })).filter(
      (entry): entry is { code: HardFilterCode; count: number } => entry.count > 0,
    );
  });

  /** Answers still on the way for an earlier family are dropped. */
  private requestedFor: string | null = null;

  constructor() {
    effect(() => {
      this.familyId();
      untracked(() => this.reset());
    });
  }

  protected async compute(): Promise<void> {
    const id = this.familyId();
    this.requestedFor = id;
    this.state.set('loading');
    this.problem.set(null);
    try {
      const answer = await this.api.candidates(id);
      if (this.requestedFor !== id) return;
      this.result.set(answer);
      this.expanded.set(new Set());
      this.state.set('ready');
    } catch (error) {
      if (this.requestedFor !== id) return;
      this.problem.set(problemOf(error));
      this.state.set('failed');
    }
  }

  protected isExpanded(volunteerId: string): boolean {
    return this.expanded().has(volunteerId);
  }

  protected toggle(volunteerId: string): void {
    this.expanded.update((open) => {
      const next = new Set(open);
      if (!next.delete(volunteerId)) next.add(volunteerId);
      return next;
    });
  }

  protected percent(share: number): string {
    return formatPercent(share, this.locale.current());
  }

  protected km(distance: number): string {
    return formatKm(distance, this.locale.current());
  }

  protected count(value: number): string {
    return formatCount(value, this.locale.current());
  }

  protected day(iso: string): string {
    return formatDay(iso, this.locale.current());
  }

  protected readonly fitLevel = fitLevelOf;
  protected readonly knownLanguage = isKnownLanguageCode;
  protected readonly isolated = isolated;

  private reset(): void {
    this.requestedFor = null;
    this.state.set('idle');
    this.result.set(null);
    this.problem.set(null);
    this.expanded.set(new Set());
  }
}

function problemOf(error: unknown): CandidatesProblem {
  const failure = profileFailureOf(error);
  if (failure.code === SponsorshipErrorCode.ConsentMissing) return 'consentMissing';
  const problem = adminProblemOf(failure);
  return problem === 'notFound' || problem === 'forbidden' || problem === 'network'
    ? problem
    : 'unexpected';
}
