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
import { LocaleService } from '@zusammen/web/core';
import type { RentalView } from '@zusammen/web/workshop/data-access';
import { RENTAL_VIEWS, RentalsStore, borkenDateOf } from '@zusammen/web/workshop/data-access';
import { CounterNavComponent } from '../shared/counter-nav.component';
import { formatCount, formatDay, telHref } from '../shared/counter-format';

/**
 * Rentals (/werkstatt/ausleihen?ansicht=): open, due soon, overdue — the call list with phone links, days
 * overdue and how the person is reminded — and returned.
 */
@Component({
  selector: 'zl-rentals-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, CounterNavComponent],
  templateUrl: './rentals-page.component.html',
  styleUrl: './rentals-page.component.scss',
})
export class RentalsPageComponent {
  /** `?ansicht=` */
  readonly ansicht = input<string | undefined>();
  protected readonly store = inject(RentalsStore);
  private readonly locale = inject(LocaleService).current;
  protected readonly views = RENTAL_VIEWS;
  protected readonly view = computed<RentalView>(
    () => RENTAL_VIEWS.find((v) => v === this.ansicht()) ?? 'open',
  );

  constructor() {
    effect(() => {
      const view = this.view();
      untracked(() => void this.store.load(view));
    });
  }

  protected day(date: string | null): string {
    return formatDay(date, this.locale());
  }

  protected dayOf(iso: string): string {
    return formatDay(borkenDateOf(iso), this.locale());
  }

  protected count(value: number): string {
    return formatCount(value, this.locale());
  }

  protected tel(phone: string): string {
    return telHref(phone);
  }

  protected search(event: Event, q: string): void {
    event.preventDefault();
    void this.store.load(this.view(), q);
  }
}
