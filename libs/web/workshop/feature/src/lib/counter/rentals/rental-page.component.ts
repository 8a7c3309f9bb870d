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
import { TranslocoDirective } from '@jsverse/transloco';
import { LocaleService, focusAfterRender, listInLanguage } from '@zusammen/web/core';
import {
  RentalDetailStore,
  borkenDateOf,
  earliestExtension,
  berlinToday,
} from '@zusammen/web/workshop/data-access';
import { CounterNavComponent } from '../shared/counter-nav.component';
import type { CounterProblem } from '../shared/counter-problem';
import { counterFailureOf } from '../shared/counter-problem';
import {
  formatCount,
  formatDay,
  formatInstant,
  formatMoney,
  telHref,
} from '../shared/counter-format';
import { ReturnFormComponent } from './return-form.component';

type Done = 'extended' | 'returned' | 'cancelled' | 'lost';

/**
 * One rental (/werkstatt/ausleihen/:rentalId): terms, contract PDF, extension, the return form, cancelling a
 * reservation, marking the bike lost; after the return the damage case with its § 548 deadline.
 */
@Component({
  selector: 'zl-rental-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, CounterNavComponent, ReturnFormComponent],
  templateUrl: './rental-page.component.html',
  styleUrl: './rental-page.component.scss',
})
export class RentalPageComponent {
  readonly rentalId = input.required<string>();
  protected readonly store = inject(RentalDetailStore);
  private readonly locale = inject(LocaleService).current;
  private readonly injector = inject(Injector);
  protected readonly today = berlinToday();
  protected readonly problem = signal<CounterProblem | null>(null);
  protected readonly done = signal<Done | null>(null);
  protected readonly confirmLost = signal(false);
  protected readonly minExtension = computed(() =>
    earliestExtension(this.today, this.store.rental()?.dueOn ?? null),
  );

  constructor() {
    effect(() => {
      const id = this.rentalId();
      untracked(() => void this.store.load(id));
    });
  }

  protected day(date: string | null): string {
    return formatDay(date, this.locale());
  }

  protected dayOf(iso: string | null): string {
    return iso ? formatDay(borkenDateOf(iso), this.locale()) : '';
  }

  protected instant(iso: string | null): string {
    return formatInstant(iso, this.locale());
  }

  protected money(cents: number | null): string {
    return formatMoney(cents, this.locale());
  }

  /** The accessories as a list in the reader's language ("Schloss, Lampen und Helm"). */
  protected accessories(keys: readonly string[], t: (key: string) => string): string {
    return listInLanguage(
      keys.map((key) => t(`workshopEnum.accessory.${key}`)),
      this.locale(),
    );
  }

  protected count(value: number): string {
    return formatCount(value, this.locale());
  }

  protected tel(phone: string): string {
    return telHref(phone);
  }

  protected async extend(event: Event, dueOn: string): Promise<void> {
    event.preventDefault();
    if (!dueOn) return;
    await this.run('extended', () => this.store.extend(dueOn));
  }

  protected cancel(): Promise<void> {
    return this.run('cancelled', () => this.store.cancel());
  }

  protected async lost(): Promise<void> {
    if (!this.confirmLost()) {
      this.confirmLost.set(true);
      return;
    }
    this.confirmLost.set(false);
    await this.run('lost', () => this.store.markLost());
  }

  protected returned(): void {
    this.done.set('returned');
    focusAfterRender(this.injector, () => document.getElementById('rental-live'));
  }

  private async run(done: Done, call: () => Promise<unknown>): Promise<void> {
    this.problem.set(null);
    this.done.set(null);
    try {
      await call();
      this.done.set(done);
      focusAfterRender(this.injector, () => document.getElementById('rental-live'));
    } catch (error: unknown) {
      this.problem.set(counterFailureOf(error).problem);
      focusAfterRender(this.injector, () => document.getElementById('rental-problem'));
    }
  }
}
