import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { LocaleService } from '@zusammen/web/core';
import { MyBikeStore, daysUntil, berlinToday } from '@zusammen/web/workshop/data-access';
import { formatDay, formatInstant } from '../shared/counter-format';

/**
 * "My bike" (/mein-fahrrad, resident): the bike I have and until when, what to do when it is late, my place
 * on the waiting list or the bike kept for me, and until when I may rent — short sentences, large type.
 */
@Component({
  selector: 'zl-my-bike-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './my-bike-page.component.html',
  styleUrl: './my-bike-page.component.scss',
})
export class MyBikePageComponent {
  protected readonly store = inject(MyBikeStore);
  private readonly locale = inject(LocaleService).current;
  protected readonly today = berlinToday();
  /** Eligibility ends within 30 days: say so early. */
  protected readonly eligibilityEndsSoon = computed(() => {
    const until = this.store.mine()?.eligibleUntil;
    return !!until && daysUntil(this.today, until) <= 30;
  });

  constructor() {
    void this.store.load();
  }

  protected day(date: string | null): string {
    return formatDay(date, this.locale());
  }

  protected instant(iso: string | null): string {
    return formatInstant(iso, this.locale());
  }

  protected daysLeft(dueOn: string | null): number {
    return dueOn ? daysUntil(this.today, dueOn) : 0;
  }
}
