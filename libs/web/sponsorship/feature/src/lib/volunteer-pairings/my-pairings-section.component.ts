import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { LocaleService } from '@zusammen/web/core';
import { MyPairingsStore } from '@zusammen/web/sponsorship/data-access';
import { formatDay } from '../shared/format-day';
import { isolated } from '../staff-volunteers/bidi-isolate';

/**
 * "My families" at the top of /patenschaft, shown once the volunteer has any pairing: offers waiting for
 * an answer first and prominent, then the running pairings, then past ones; each leads to its detail page.
 * Stays out of the way while loading and when there is nothing to show.
 */
@Component({
  selector: 'zl-my-pairings-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink],
  templateUrl: './my-pairings-section.component.html',
  styleUrl: './my-pairings-section.component.scss',
})
export class MyPairingsSectionComponent {
  protected readonly store = inject(MyPairingsStore);
  private readonly locale = inject(LocaleService).current;

  protected readonly isolated = isolated;

  constructor() {
    void this.store.load();
  }

  protected day(iso: string): string {
    return formatDay(iso, this.locale());
  }
}
