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
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type {
  EventSummary,
  OccurrenceSummary,
  RegistrationResult,
} from '@zusammen/shared/contracts';
import { MAX_PARTY_SIZE } from '@zusammen/shared/contracts';
import {
  EventDetailStore,
  newIdempotencyKey,
  seatStateOf,
} from '@zusammen/web/booking/data-access';
import { LocaleService, focusAfterRender, profileFailureOf } from '@zusammen/web/core';
import type { EventProblem } from '../shared/event-problem';
import { eventProblemOf } from '../shared/event-problem';
import { formatCount, formatDate, formatTime, formatWhen } from '../shared/event-format';
import { SeatStateComponent } from '../shared/seat-state.component';

/** The outcome shown after sending, with the date it was for. */
interface Done {
  result: RegistrationResult;
  when: string;
  partySize: number;
}

/**
 * Registration for one date of an event (signed in): choose the date, say how many people come (family,
 * friends), send. A full date puts the party on the waiting list and says at which position. The same
 * Idempotency-Key is sent again when a send is retried, so a double click or a retry after a network error
 * never registers twice. Success and problems are announced (status and alert regions).
 */
@Component({
  selector: 'zl-registration-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, SeatStateComponent],
  templateUrl: './registration-form.component.html',
  styleUrl: './registration-form.component.scss',
})
export class RegistrationFormComponent {
  readonly event = input.required<EventSummary>();
  /** The dates still to come. */
  readonly occurrences = input.required<readonly OccurrenceSummary[]>();
  /** Dates are in different rooms: each date names its room. */
  readonly showRooms = input(false);
  /** The date chosen before (programme link, or before signing in). */
  readonly preselected = input<string | null>(null);

  protected readonly store = inject(EventDetailStore);
  private readonly locale = inject(LocaleService).current;
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);

  protected readonly partySizes = Array.from({ length: MAX_PARTY_SIZE }, (_, i) => i + 1);
  protected readonly chosen = signal<string | null>(null);
  protected readonly partySize = signal(1);
  protected readonly missingDate = signal(false);
  protected readonly problem = signal<EventProblem | null>(null);
  protected readonly done = signal<Done | null>(null);
  /** One key per attempt: kept for retries of the same date and party, new after any change. */
  private idempotencyKey = newIdempotencyKey();

  protected readonly open = computed(() =>
    this.occurrences().filter((o) => {
      const state = seatStateOf(this.event(), o);
      return state === 'free' || state === 'waitlist';
    }),
  );
  protected readonly chosenOccurrence = computed(
    () => this.occurrences().find((o) => o.id === this.chosen()) ?? null,
  );
  /** The chosen date has fewer free places than the party: the party goes on the waiting list. */
  protected readonly wouldWait = computed(() => {
    const occurrence = this.chosenOccurrence();
    return !!occurrence && occurrence.seatsFree < this.partySize();
  });

  constructor() {
    effect(() => {
      const preselected = this.preselected();
      const open = this.open();
      untracked(() => {
        if (this.chosen() !== null && open.some((o) => o.id === this.chosen())) return;
        const pick =
          open.find((o) => o.id === preselected) ?? (open.length === 1 ? open[0] : undefined);
        this.chosen.set(pick?.id ?? null);
      });
    });
  }

  protected isOpen(occurrence: OccurrenceSummary): boolean {
    return this.open().some((o) => o.id === occurrence.id);
  }

  protected when(occurrence: OccurrenceSummary): string {
    return formatWhen(
      (key, params) => this.transloco.translate(key, params),
      occurrence.startsAt,
      occurrence.endsAt,
      this.locale(),
    );
  }

  protected date(iso: string): string {
    return formatDate(iso, this.locale());
  }

  protected time(iso: string): string {
    return formatTime(iso, this.locale());
  }

  protected count(value: number): string {
    return formatCount(value, this.locale());
  }

  protected choose(occurrenceId: string): void {
    this.chosen.set(occurrenceId);
    this.missingDate.set(false);
    this.changed();
  }

  protected choosePartySize(value: string): void {
    this.partySize.set(Math.min(MAX_PARTY_SIZE, Math.max(1, Number(value) || 1)));
    this.changed();
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.busy()) return;
    this.problem.set(null);
    this.done.set(null);
    const occurrence = this.chosenOccurrence();
    if (!occurrence) {
      this.missingDate.set(true);
      focusAfterRender(this.injector, () => document.getElementById('registration-date-error'));
      return;
    }
    const partySize = this.partySize();
    try {
      const result = await this.store.register(occurrence.id, partySize, this.idempotencyKey);
      this.idempotencyKey = newIdempotencyKey();
      this.done.set({ result, when: this.when(occurrence), partySize });
      focusAfterRender(this.injector, () => document.getElementById('registration-done'));
    } catch (error: unknown) {
      const problem = eventProblemOf(profileFailureOf(error));
      // A refused request will not change its answer: the next send is a new attempt.
      if (problem !== 'network' && problem !== 'busy') this.idempotencyKey = newIdempotencyKey();
      this.problem.set(problem);
      if (problem === 'full' || problem === 'closed' || problem === 'dateCancelled') {
        await this.store.refresh();
      }
      focusAfterRender(this.injector, () => document.getElementById('registration-problem'));
    }
  }

  /** After a registration: the form again, for another date or more people. */
  protected another(): void {
    this.done.set(null);
    focusAfterRender(this.injector, () =>
      document.querySelector<HTMLElement>(
        '[data-testid="registration-form"] input[name="occurrence"]:checked, [data-testid="registration-form"] input[name="occurrence"]:not(:disabled)',
      ),
    );
  }

  private changed(): void {
    this.idempotencyKey = newIdempotencyKey();
    this.problem.set(null);
  }
}
