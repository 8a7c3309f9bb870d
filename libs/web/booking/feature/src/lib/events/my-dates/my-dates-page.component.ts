import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { LocalizedText, MyRegistration } from '@zusammen/shared/contracts';
import type { ChosenText, WaitlistAction } from '@zusammen/web/booking/data-access';
import { MyDatesStore, canCancel, chooseText } from '@zusammen/web/booking/data-access';
import { LocaleService, focusAfterRender, profileFailureOf } from '@zusammen/web/core';
import { isolated } from '../shared/bidi-isolate';
import { formatCount, formatDateTime, formatWhen } from '../shared/event-format';
import type { EventProblem } from '../shared/event-problem';
import { eventProblemOf } from '../shared/event-problem';
import { CalendarFeedComponent } from './calendar-feed.component';

type ItemAction = 'cancel' | WaitlistAction;

/** An action that waits for "yes" (cancel, decline an offer, leave the waiting list). */
interface Confirming {
  id: string;
  action: ItemAction;
}

/**
 * The signed-in person's dates (/meine-termine): open offers from a waiting list first (accept or decline
 * before the expiry time), then registrations (cancel), waiting-list places with their position, earlier and
 * cancelled ones, and the personal calendar feed. Every change is announced and the focus returns to the page
 * heading, because the card acted on moves or disappears.
 */
@Component({
  selector: 'zl-my-dates-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, CalendarFeedComponent],
  templateUrl: './my-dates-page.component.html',
  styleUrl: './my-dates-page.component.scss',
})
export class MyDatesPageComponent {
  protected readonly store = inject(MyDatesStore);
  private readonly locale = inject(LocaleService).current;
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);

  protected readonly confirming = signal<Confirming | null>(null);
  /** Key under `events.myDates.done` and the title of the date, for the status region. */
  protected readonly done = signal<{ key: ItemAction; title: string; when: string } | null>(null);
  protected readonly problem = signal<EventProblem | null>(null);

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    void this.store.load();
  }

  protected text(value: LocalizedText): ChosenText {
    return chooseText(value, this.locale());
  }

  protected when(item: MyRegistration): string {
    const { startsAt, endsAt } = item.occurrence;
    return formatWhen(
      (key, params) => this.transloco.translate(key, params),
      startsAt,
      endsAt,
      this.locale(),
    );
  }

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.locale());
  }

  protected count(value: number): string {
    return formatCount(value, this.locale());
  }

  protected cancellable(item: MyRegistration): boolean {
    return canCancel(item);
  }

  protected isBusy(item: MyRegistration, action?: ItemAction): boolean {
    const busy = this.store.busy();
    return (
      busy !== null && busy !== 'feed' && busy.id === item.id && (!action || busy.action === action)
    );
  }

  protected isConfirming(item: MyRegistration, action: ItemAction): boolean {
    const confirming = this.confirming();
    return confirming?.id === item.id && confirming.action === action;
  }

  protected ask(item: MyRegistration, action: ItemAction): void {
    this.problem.set(null);
    this.confirming.set({ id: item.id, action });
    focusAfterRender(this.injector, () => document.getElementById(`confirm-${action}-${item.id}`));
  }

  protected keep(item: MyRegistration, action: ItemAction): void {
    this.confirming.set(null);
    focusAfterRender(this.injector, () => document.getElementById(`${action}-${item.id}`));
  }

  protected async act(item: MyRegistration, action: ItemAction): Promise<void> {
    if (this.store.busy() !== null) return;
    this.problem.set(null);
    this.done.set(null);
    const title = isolated(this.text(item.eventTitle).text);
    const when = this.when(item);
    try {
      if (action === 'cancel') await this.store.cancel(item.id);
      else await this.store.waitlist(item.id, action);
      this.confirming.set(null);
      this.done.set({ key: action, title, when });
    } catch (error: unknown) {
      this.confirming.set(null);
      const problem = eventProblemOf(profileFailureOf(error));
      this.problem.set(problem);
      if (problem !== 'network') await this.store.refresh();
    }
    focusAfterRender(this.injector, () => this.heading().nativeElement);
  }

  protected reload(): void {
    void this.store.load();
  }
}
