import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { BikeWaitlistEntryView } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { WaitlistStore } from '@zusammen/web/workshop/data-access';
import { CounterNavComponent } from '../shared/counter-nav.component';
import type { CounterProblem } from '../shared/counter-problem';
import { counterFailureOf } from '../shared/counter-problem';
import { formatInstant } from '../shared/counter-format';

/** The waiting list (/werkstatt/warteliste): offers running (bike reserved until), then waiting by type. */
@Component({
  selector: 'zl-waitlist-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, NgTemplateOutlet, CounterNavComponent],
  template: `
    <ng-container *transloco="let t">
      <zl-counter-nav />
      <h1>{{ t('workshopCounter.waitlist.title') }}</h1>
      <p>{{ t('workshopCounter.waitlist.intro') }}</p>
      <div class="live" role="alert">
        @if (problem(); as key) {
          <p class="status status--error">{{ t('workshopCounter.problems.' + key) }}</p>
        }
      </div>
      @switch (store.state()) {
        @case ('loading') {
          <p role="status">{{ t('workshopCounter.loading') }}</p>
        }
        @case ('ready') {
          <h2>{{ t('workshopCounter.waitlist.offers') }}</h2>
          @for (e of store.offered(); track e.id) {
            <ng-container *ngTemplateOutlet="row; context: { $implicit: e }" />
          } @empty {
            <p>{{ t('workshopCounter.waitlist.noOffers') }}</p>
          }
          <h2>{{ t('workshopCounter.waitlist.waiting') }}</h2>
          @for (e of store.waiting(); track e.id) {
            <ng-container *ngTemplateOutlet="row; context: { $implicit: e }" />
          } @empty {
            <p>{{ t('workshopCounter.waitlist.empty') }}</p>
          }
        }
        @default {
          <p role="alert" class="status status--error">{{ t('workshopCounter.loadFailed') }}</p>
        }
      }
      <ng-template #row let-e>
        <div class="card row" data-testid="waitlist-row">
          <a
            class="row__name"
            [routerLink]="['/werkstatt/personen', e.borrowerId]"
            fragment="waitlist"
            ><bdi>{{ e.borrowerName }}</bdi></a
          >
          <span>{{ t('workshopEnum.cycleType.' + e.cycleType) }}</span>
          @if (e.frameSizeMinCm || e.frameSizeMaxCm) {
            <span>{{
              t('workshopCounter.waitlist.frame', {
                min: e.frameSizeMinCm ?? '–',
                max: e.frameSizeMaxCm ?? '–',
              })
            }}</span>
          }
          @if (e.position) {
            <strong>{{ t('workshopCounter.waitlist.position', { n: e.position }) }}</strong>
          }
          @if (e.offeredBikeLabel) {
            <strong>{{
              t('workshopCounter.waitlist.offer', {
                bike: e.offeredBikeLabel,
                until: instant(e.offerExpiresAt),
              })
            }}</strong>
          }
          <button
            type="button"
            class="button button--outlined"
            [disabled]="store.busy() === e.id"
            (click)="remove(e)"
          >
            {{ t('workshopCounter.waitlist.remove')
            }}<span class="visually-hidden">: {{ e.borrowerName }}</span>
          </button>
        </div>
      </ng-template>
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
      padding-block-end: 2rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 1.25rem;
      margin-block-end: 0.5rem;
      padding: 0.75rem 1rem;
      overflow-wrap: anywhere;
    }
    .row__name {
      flex: 1 1 100%;
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
      font-weight: 700;
    }
    .live:empty {
      position: absolute;
      margin: 0;
    }
  `,
})
export class WaitlistPageComponent {
  protected readonly store = inject(WaitlistStore);
  private readonly locale = inject(LocaleService).current;
  protected readonly problem = signal<CounterProblem | null>(null);

  constructor() {
    void this.store.load();
  }

  protected instant(iso: string | null): string {
    return formatInstant(iso, this.locale());
  }

  protected async remove(entry: BikeWaitlistEntryView): Promise<void> {
    this.problem.set(null);
    try {
      await this.store.remove(entry.id);
    } catch (error: unknown) {
      this.problem.set(counterFailureOf(error).problem);
    }
  }
}
