import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { LocalizedText, OccurrenceSummary } from '@zusammen/shared/contracts';
import type { ChosenText } from '@zusammen/web/booking/data-access';
import {
  EventDetailStore,
  chooseText,
  upcomingOccurrences,
} from '@zusammen/web/booking/data-access';
import { LocaleService, RETURN_URL_PARAM, SIGN_IN_PATH, SessionStore } from '@zusammen/web/core';
import { EventFactsComponent } from '../shared/event-facts.component';
import { formatCount, formatDate, formatTime } from '../shared/event-format';
import { SeatStateComponent } from '../shared/seat-state.component';
import { RegistrationFormComponent } from './registration-form.component';

/**
 * One event of the public programme (/programm/:eventId): title and description in the reader's language
 * (German, marked as such, where missing), facts, the dates to come, and registration. Signed-out visitors
 * sign in first and come back to the date they chose (`?termin=`).
 */
@Component({
  selector: 'zl-event-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    EventFactsComponent,
    SeatStateComponent,
    RegistrationFormComponent,
  ],
  templateUrl: './event-detail-page.component.html',
  styleUrl: './event-detail-page.component.scss',
})
export class EventDetailPageComponent {
  /** `:eventId` of the route. */
  readonly eventId = input.required<string>();
  /** `?termin=`: the date chosen in the programme (or before signing in). */
  readonly termin = input<string | undefined>();

  protected readonly store = inject(EventDetailStore);
  protected readonly session = inject(SessionStore);
  protected readonly locale = inject(LocaleService).current;

  protected readonly occurrences = computed(() => {
    const event = this.store.event();
    return event ? upcomingOccurrences(event) : [];
  });
  /** One room for every date: named once in the facts; else each date names its room. */
  protected readonly commonRoom = computed(() => {
    const rooms = new Set(this.occurrences().map((o) => o.roomName));
    return rooms.size === 1 ? [...rooms][0] : null;
  });
  protected readonly signInLink = SIGN_IN_PATH;
  protected readonly signInQuery = computed(() => {
    const termin = this.termin();
    const back = `/programm/${encodeURIComponent(this.eventId())}${
      termin ? `?termin=${encodeURIComponent(termin)}` : ''
    }`;
    return { [RETURN_URL_PARAM]: back };
  });

  constructor() {
    effect(() => {
      const id = this.eventId();
      untracked(() => void this.store.load(id));
    });
  }

  protected text(value: LocalizedText): ChosenText {
    return chooseText(value, this.locale());
  }

  protected date(occurrence: OccurrenceSummary): string {
    return formatDate(occurrence.startsAt, this.locale());
  }

  protected time(iso: string): string {
    return formatTime(iso, this.locale());
  }

  protected count(value: number): string {
    return formatCount(value, this.locale());
  }

  protected reload(): void {
    void this.store.load(this.eventId());
  }
}
