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
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { PairingAction, PairingDetail } from '@zusammen/shared/contracts';
import { CHECK_IN_STATES } from '@zusammen/shared/contracts';
import { LocaleService, focusAfterRender } from '@zusammen/web/core';
import { VolunteerPairingStore } from '@zusammen/web/sponsorship/data-access';
import { formatDay, isKnownLanguageCode } from '../shared';
import { isolated } from '../staff-volunteers/bidi-isolate';
import { CheckInFormComponent } from './check-in-form.component';
import { CheckInListComponent } from './check-in-list.component';
import { PairingActionsComponent } from './pairing-actions.component';
import { PairingHistoryComponent } from './pairing-history.component';
import { meetingDateTime } from './pairing-time';

/**
 * One of the volunteer's pairings (/patenschaft/tandems/:id): the state in plain words with what happens
 * next, the family as offered, the volunteer's possible answers, the contact log and the history. After a
 * state change the page announces it and moves the focus to the state heading.
 */
@Component({
  selector: 'zl-volunteer-pairing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    PairingActionsComponent,
    CheckInFormComponent,
    CheckInListComponent,
    PairingHistoryComponent,
  ],
  templateUrl: './volunteer-pairing-page.component.html',
  styleUrl: './volunteer-pairing-page.component.scss',
})
export class VolunteerPairingPageComponent {
  /** The `:id` of the route. */
  readonly id = input.required<string>();

  protected readonly store = inject(VolunteerPairingStore);
  private readonly locale = inject(LocaleService).current;
  private readonly injector = inject(Injector);

  /** Key (under `volunteerPairings`) of the last state change, for the live region. */
  protected readonly done = signal<string | null>(null);
  /** The server refused because the pairing changed meanwhile; the page shows the re-read state. */
  protected readonly stale = signal(false);

  protected readonly canLogContacts = computed(() => {
    const state = this.store.pairing()?.state;
    return !!state && CHECK_IN_STATES.includes(state);
  });
  protected readonly intro = computed(() => {
    const at = this.store.pairing()?.introAt;
    return at ? meetingDateTime(at, this.locale()) : null;
  });
  protected readonly trialReady = computed(() => {
    const meetings = this.store.pairing()?.trialMeetings;
    return !!meetings && meetings.done >= meetings.required;
  });

  protected readonly isolated = isolated;
  protected readonly knownLanguage = isKnownLanguageCode;

  private readonly stateHeading = viewChild<ElementRef<HTMLElement>>('stateHeading');

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.done.set(null);
        this.stale.set(false);
        void this.store.load(id);
      });
    });
  }

  protected day(iso: string): string {
    return formatDay(iso, this.locale());
  }

  protected reload(): void {
    void this.store.load(this.id());
  }

  /** Whether the family's contact details are there to show (the API sends them from the first meeting). */
  protected hasContact(pairing: PairingDetail): boolean {
    return pairing.family.contactChannel !== null || pairing.family.contactPhone !== null;
  }

  /** `tel:` link target: digits and a leading plus only. */
  protected telHref(phone: string): string {
    return `tel:${phone.replace(/[^\d+]/g, '')}`;
  }

  protected changed(action: PairingAction): void {
    this.stale.set(false);
    this.done.set(`done.${action}`);
    focusAfterRender(this.injector, () => this.stateHeading()?.nativeElement);
  }

  protected async changedMeanwhile(): Promise<void> {
    this.done.set(null);
    await this.store.refresh();
    this.stale.set(true);
    focusAfterRender(this.injector, () => this.stateHeading()?.nativeElement);
  }
}
