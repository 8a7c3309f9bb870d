import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { EventSummary, LocalizedText, OccurrenceSummary } from '@zusammen/shared/contracts';
import type { ChosenText } from '@zusammen/web/booking/data-access';
import {
  OrganizerEventsStore,
  chooseText,
  upcomingOccurrences,
} from '@zusammen/web/booking/data-access';
import { LocaleService, focusAfterRender, profileFailureOf } from '@zusammen/web/core';
import { isolated } from '../shared/bidi-isolate';
import { formatCount, formatWhen } from '../shared/event-format';
import type { EventProblem } from '../shared/event-problem';
import { eventProblemOf } from '../shared/event-problem';
import { EVENT_CREATED_STATE } from './event-created-state';

/**
 * The organizer's events (/raeume/veranstaltungen): each with its dates still to come, seats taken of the
 * capacity, waiting-list length and state; a link to each date's list at the door; cancelling one date (after
 * a confirmation, because everyone registered and waiting is told). Staff see the events they manage.
 */
@Component({
  selector: 'zl-organizer-events-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, NgTemplateOutlet],
  templateUrl: './organizer-events-page.component.html',
  styleUrl: './organizer-events-page.component.scss',
})
export class OrganizerEventsPageComponent {
  protected readonly store = inject(OrganizerEventsStore);
  private readonly locale = inject(LocaleService).current;
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);

  /** The title of the event just created on the form page (router state), for the status region. */
  protected readonly created = signal<string | null>(
    (inject(Router).currentNavigation()?.extras.state?.[EVENT_CREATED_STATE] as
      string | undefined) ?? null,
  );
  /** Dates listed at once per event; the rest (a weekly series has many) behind "more dates". */
  protected readonly shownDates = 3;
  protected readonly confirming = signal<string | null>(null);
  protected readonly cancelled = signal<{ title: string; when: string } | null>(null);
  protected readonly problem = signal<EventProblem | null>(null);

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    void this.store.load();
  }

  protected text(value: LocalizedText): ChosenText {
    return chooseText(value, this.locale());
  }

  protected upcoming(event: EventSummary): OccurrenceSummary[] {
    return upcomingOccurrences(event);
  }

  protected pastCount(event: EventSummary): number {
    return event.occurrences.length - upcomingOccurrences(event).length;
  }

  protected when(occurrence: OccurrenceSummary): string {
    return formatWhen(
      (key, params) => this.transloco.translate(key, params),
      occurrence.startsAt,
      occurrence.endsAt,
      this.locale(),
    );
  }

  protected count(value: number): string {
    return formatCount(value, this.locale());
  }

  protected ask(occurrence: OccurrenceSummary): void {
    this.problem.set(null);
    this.confirming.set(occurrence.id);
    focusAfterRender(this.injector, () =>
      document.getElementById(`cancel-confirm-${occurrence.id}`),
    );
  }

  protected keep(occurrence: OccurrenceSummary): void {
    this.confirming.set(null);
    focusAfterRender(this.injector, () => document.getElementById(`cancel-${occurrence.id}`));
  }

  protected async cancel(event: EventSummary, occurrence: OccurrenceSummary): Promise<void> {
    if (this.store.busy() !== null) return;
    this.problem.set(null);
    this.cancelled.set(null);
    this.created.set(null);
    const title = isolated(this.text(event.title).text);
    const when = this.when(occurrence);
    try {
      await this.store.cancelOccurrence(occurrence.id);
      this.confirming.set(null);
      this.cancelled.set({ title, when });
    } catch (error: unknown) {
      this.confirming.set(null);
      this.problem.set(eventProblemOf(profileFailureOf(error)));
      void this.store.load();
    }
    focusAfterRender(this.injector, () => this.heading().nativeElement);
  }

  protected reload(): void {
    void this.store.load();
  }
}
