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
import type { CheckInRow, LocalizedText } from '@zusammen/shared/contracts';
import type { ChosenText, RegistrationDecision } from '@zusammen/web/booking/data-access';
import { CheckInStore, chooseText } from '@zusammen/web/booking/data-access';
import {
  LocaleService,
  SessionStore,
  focusAfterRender,
  profileFailureOf,
} from '@zusammen/web/core';
import { isolated } from '../shared/bidi-isolate';
import { formatCount, formatDate, formatTime } from '../shared/event-format';
import type { EventProblem } from '../shared/event-problem';
import { eventProblemOf } from '../shared/event-problem';
import { DeskRegistrationFormComponent } from './desk-registration-form.component';
import { PrintLayoutComponent } from './print-layout.component';

type Done = { key: 'checkedIn' | 'confirmed' | 'declined'; name: string };

/**
 * The list at the door for one date (/verwaltung/raeume/termine/:occurrenceId): everyone registered with
 * party size and phone, checked in or not, with a large check-in button per person (a tablet at the door,
 * WCAG 2.5.8); requests waiting for approval with confirm and decline; a print version (clean paper list with
 * boxes to tick); and, for staff, the desk form for people without an account or e-mail.
 */
@Component({
  selector: 'zl-check-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, DeskRegistrationFormComponent, PrintLayoutComponent],
  templateUrl: './check-in-page.component.html',
  styleUrl: './check-in-page.component.scss',
})
export class CheckInPageComponent {
  /** `:occurrenceId` of the route. */
  readonly occurrenceId = input.required<string>();
  /** `?veranstaltung=`: the event, for the heading. */
  readonly veranstaltung = input<string | undefined>();

  protected readonly store = inject(CheckInStore);
  private readonly session = inject(SessionStore);
  private readonly locale = inject(LocaleService).current;
  private readonly injector = inject(Injector);

  protected readonly done = signal<Done | null>(null);
  protected readonly problem = signal<EventProblem | null>(null);
  protected readonly isStaff = computed(() =>
    this.session.roles().some((role) => role === 'staff' || role === 'admin'),
  );

  private readonly collator = computed(() => new Intl.Collator(this.locale()));
  private readonly byName = (a: CheckInRow, b: CheckInRow): number =>
    this.collator().compare(a.name, b.name);
  /** Registered (expected or arrived), alphabetical, as on the paper list. */
  protected readonly attending = computed(() =>
    this.store
      .rows()
      .filter(
        (r) => r.status === 'confirmed' || r.status === 'checked_in' || r.status === 'no_show',
      )
      .sort(this.byName),
  );
  protected readonly requested = computed(() =>
    this.store
      .rows()
      .filter((r) => r.status === 'requested')
      .sort(this.byName),
  );
  protected readonly gone = computed(() =>
    this.store
      .rows()
      .filter((r) => r.status === 'cancelled' || r.status === 'declined')
      .sort(this.byName),
  );

  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  constructor() {
    effect(() => {
      const occurrenceId = this.occurrenceId();
      const eventId = this.veranstaltung() ?? null;
      untracked(() => {
        this.done.set(null);
        this.problem.set(null);
        void this.store.load(occurrenceId, eventId);
      });
    });
  }

  protected text(value: LocalizedText): ChosenText {
    return chooseText(value, this.locale());
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

  protected isolated(value: string): string {
    return isolated(value);
  }

  protected telHref(phone: string): string {
    return `tel:${phone.replace(/[^\d+]/g, '')}`;
  }

  protected isBusy(row: CheckInRow, action?: 'checkIn' | RegistrationDecision): boolean {
    const busy = this.store.busy();
    return (
      busy !== null &&
      busy !== 'desk' &&
      busy.registrationId === row.registrationId &&
      (!action || busy.action === action)
    );
  }

  protected print(): void {
    window.print();
  }

  protected async checkIn(row: CheckInRow): Promise<void> {
    if (this.store.busy() !== null) return;
    this.problem.set(null);
    this.done.set(null);
    // The next person still to check in, for the focus (the row's button disappears).
    const rows = this.attending();
    const index = rows.findIndex((r) => r.registrationId === row.registrationId);
    const next = [...rows.slice(index + 1), ...rows.slice(0, index)].find(
      (r) => r.status === 'confirmed',
    );
    try {
      await this.store.checkIn(row.registrationId);
      this.done.set({ key: 'checkedIn', name: isolated(row.name) });
      focusAfterRender(
        this.injector,
        () =>
          (next && document.getElementById(`check-in-${next.registrationId}`)) ||
          document.getElementById(`row-${row.registrationId}`),
      );
    } catch (error: unknown) {
      this.fail(error);
    }
  }

  protected async decide(row: CheckInRow, decision: RegistrationDecision): Promise<void> {
    if (this.store.busy() !== null) return;
    this.problem.set(null);
    this.done.set(null);
    try {
      await this.store.decide(row.registrationId, decision);
      this.done.set({
        key: decision === 'confirm' ? 'confirmed' : 'declined',
        name: isolated(row.name),
      });
      focusAfterRender(this.injector, () => this.heading()?.nativeElement);
    } catch (error: unknown) {
      this.fail(error);
    }
  }

  protected reload(): void {
    void this.store.load(this.occurrenceId(), this.veranstaltung() ?? null);
  }

  private fail(error: unknown): void {
    const problem = eventProblemOf(profileFailureOf(error));
    this.problem.set(problem);
    if (problem === 'changedMeanwhile' || problem === 'notFound') void this.store.refresh();
    focusAfterRender(this.injector, () => document.getElementById('check-in-problem'));
  }
}
