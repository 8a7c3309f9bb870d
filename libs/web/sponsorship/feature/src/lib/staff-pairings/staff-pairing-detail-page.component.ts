import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type {
  PairingDetail,
  PairingState,
  PairingTransitionRecord,
} from '@zusammen/shared/contracts';
import { CHECK_IN_STATES } from '@zusammen/shared/contracts';
import {
  LocaleService,
  adminProblemOf,
  focusAfterRender,
  formatDateTime,
  profileFailureOf,
} from '@zusammen/web/core';
import { StaffPairingsApi } from '@zusammen/web/sponsorship/data-access';
import { formatDay, isKnownLanguageCode } from '../shared';
import { fitLevelOf, formatPercent } from '../staff-families/candidates/candidate-format';
import { isolated } from '../staff-volunteers/bidi-isolate';
import { StaffSponsorshipNavComponent } from '../staff-volunteers/staff-sponsorship-nav.component';
import type { PairingActionDone } from './pairing-actions.component';
import { PairingActionsComponent } from './pairing-actions.component';
import { PairingCheckInFormComponent } from './pairing-check-in-form.component';
import { formatInstantDay, reasonKeyOf } from './pairing-format';
import { consumeJustOffered } from './pairing-offered-state';

type LoadState = 'loading' | 'ready' | 'notFound' | 'failed';

/** What the live region says after a change: an i18n key and its parameters. */
interface Announcement {
  key: string;
  /** The state after the change (said in words). */
  state: PairingState;
}

/**
 * One pairing (staff): both sides with their contact details, the proposal it came from, the dates of
 * its way so far, the next steps the API allows, the whole history and the contacts. Reading it shows
 * staff-only notes, so the API audits every load.
 */
@Component({
  selector: 'zl-staff-pairing-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    StaffSponsorshipNavComponent,
    PairingActionsComponent,
    PairingCheckInFormComponent,
  ],
  templateUrl: './staff-pairing-detail-page.component.html',
  styleUrl: './staff-pairing-detail-page.component.scss',
})
export class StaffPairingDetailPageComponent {
  /** The `:id` of the route. */
  readonly id = input.required<string>();

  private readonly api = inject(StaffPairingsApi);
  private readonly locale = inject(LocaleService);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);

  protected readonly state = signal<LoadState>('loading');
  protected readonly pairing = signal<PairingDetail | null>(null);
  protected readonly announcement = signal<Announcement | null>(null);
  protected readonly reloadFailed = signal(false);

  protected readonly canCheckIn = computed(() => {
    const state = this.pairing()?.state;
    return state !== undefined && CHECK_IN_STATES.includes(state);
  });
  /** Newest contact first: the one staff look for. */
  protected readonly checkIns = computed(() =>
    [...(this.pairing()?.checkIns ?? [])].sort((a, b) =>
      a.occurredOn === b.occurredOn
        ? b.createdAt.localeCompare(a.createdAt)
        : b.occurredOn.localeCompare(a.occurredOn),
    ),
  );
  /** Oldest change first: the history reads as a story. */
  protected readonly history = computed(() =>
    [...(this.pairing()?.history ?? [])].sort((a, b) => a.at.localeCompare(b.at)),
  );

  private readonly stateHeading = viewChild<ElementRef<HTMLElement>>('stateHeading');
  private readonly liveBox = viewChild<ElementRef<HTMLElement>>('liveBox');

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected readonly knownLanguage = isKnownLanguageCode;
  protected readonly isolated = isolated;
  protected readonly reasonKey = reasonKeyOf;
  protected readonly fitLevel = fitLevelOf;

  protected day(iso: string): string {
    return formatDay(iso, this.locale.current());
  }

  protected instantDay(iso: string): string {
    return formatInstantDay(iso, this.locale.current());
  }

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.locale.current());
  }

  protected percent(share: number): string {
    return formatPercent(share, this.locale.current());
  }

  protected historyKey(record: PairingTransitionRecord): string {
    return record.from === null ? 'staffPairings.history.created' : 'staffPairings.history.changed';
  }

  protected async reload(): Promise<void> {
    await this.load(this.id());
  }

  protected actionDone(done: PairingActionDone): void {
    this.pairing.set(done.pairing);
    this.announcement.set({
      key: `staffPairings.done.${done.action}`,
      state: done.pairing.state,
    });
    focusAfterRender(this.injector, () => this.stateHeading()?.nativeElement);
  }

  /** A new contact changes counters, the last contact and attention: read the pairing again. */
  protected async checkInSaved(): Promise<void> {
    this.reloadFailed.set(false);
    try {
      const pairing = await this.api.get(this.id());
      this.pairing.set(pairing);
      this.announcement.set({ key: 'staffPairings.done.checkIn', state: pairing.state });
    } catch {
      this.announcement.set(null);
      this.reloadFailed.set(true);
    }
    focusAfterRender(this.injector, () => this.liveBox()?.nativeElement);
  }

  private async load(id: string): Promise<void> {
    this.state.set('loading');
    this.announcement.set(null);
    const offered = consumeJustOffered(this.router.currentNavigation()?.extras.state, history);
    try {
      const pairing = await this.api.get(id);
      this.pairing.set(pairing);
      if (offered) this.announcement.set({ key: 'staffPairings.done.offer', state: pairing.state });
      this.state.set('ready');
    } catch (error) {
      const failure = profileFailureOf(error);
      this.state.set(adminProblemOf(failure) === 'notFound' ? 'notFound' : 'failed');
    }
  }
}
