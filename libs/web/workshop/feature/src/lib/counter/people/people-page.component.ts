import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  effect,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { BorrowersStore, berlinToday } from '@zusammen/web/workshop/data-access';
import { CounterNavComponent } from '../shared/counter-nav.component';
import { GateStatusComponent } from '../shared/gate-status.component';

/** People at the desk (/werkstatt/personen?q=): search by name or phone, each with the gate status. */
@Component({
  selector: 'zl-people-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, CounterNavComponent, GateStatusComponent],
  template: `
    <ng-container *transloco="let t">
      <zl-counter-nav />
      <h1>{{ t('workshopCounter.people.title') }}</h1>
      <a class="button" routerLink="/werkstatt/personen/neu" data-testid="person-new">{{
        t('workshopCounter.people.new')
      }}</a>
      <form class="search" role="search" novalidate (submit)="search($event, qInput.value)">
        <div class="field">
          <label for="people-q">{{ t('workshopCounter.desk.personSearch') }}</label>
          <input
            #qInput
            id="people-q"
            type="search"
            dir="auto"
            autocomplete="off"
            [value]="q() ?? ''"
          />
        </div>
        <button type="submit" class="button button--outlined">
          {{ t('workshopCounter.desk.search') }}
        </button>
      </form>
      @switch (store.listState()) {
        @case ('loading') {
          <p role="status">{{ t('workshopCounter.loading') }}</p>
        }
        @case ('ready') {
          @if (store.results().length === 0) {
            <p role="status">{{ t('workshopCounter.desk.noPersonFound') }}</p>
          } @else {
            <ul class="rows">
              @for (p of store.results(); track p.id) {
                <li class="card row" data-testid="person-row">
                  <a class="row__name" [routerLink]="['/werkstatt/personen', p.id]"
                    ><bdi>{{ p.displayName }}</bdi></a
                  >
                  @if (p.phone) {
                    <bdi dir="ltr">{{ p.phone }}</bdi>
                  }
                  <zl-gate-status [gate]="p.gate" [today]="today" />
                </li>
              }
            </ul>
          }
        }
        @case ('idle') {}
        @default {
          <p role="alert" class="status status--error">{{ t('workshopCounter.loadFailed') }}</p>
        }
      }
    </ng-container>
  `,
  styleUrl: './people-page.component.scss',
})
export class PeoplePageComponent {
  /** `?q=` */
  readonly q = input<string | undefined>();
  protected readonly store = inject(BorrowersStore);
  private readonly router = inject(Router);
  protected readonly today = berlinToday();

  constructor() {
    effect(() => {
      const q = this.q() ?? '';
      untracked(() => void this.store.search(q));
    });
  }

  protected search(event: Event, q: string): void {
    event.preventDefault();
    void this.router.navigate([], { queryParams: { q: q.trim() || null } });
  }
}
