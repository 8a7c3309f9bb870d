import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { LocaleService } from '@zusammen/web/core';
import { LOCALE_NATIVE_NAMES } from '@zusammen/web/core';
import { BorrowersStore, borkenDateOf, berlinToday } from '@zusammen/web/workshop/data-access';
import { CounterNavComponent } from '../shared/counter-nav.component';
import { formatDay } from '../shared/counter-format';
import { GateStatusComponent } from '../shared/gate-status.component';
import { BlockFormComponent } from './block-form.component';
import { BriefingFormComponent } from './briefing-form.component';
import { EligibilityFormComponent } from './eligibility-form.component';
import { PersonWaitlistComponent } from './person-waitlist.component';

/**
 * One person (/werkstatt/personen/:borrowerId): gate status, eligibility (seen, never copied), briefing,
 * block, rentals, waiting list. `?ausgabe=FR-0042` (from a refused handout) offers the way back.
 */
@Component({
  selector: 'zl-person-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    CounterNavComponent,
    GateStatusComponent,
    EligibilityFormComponent,
    BriefingFormComponent,
    BlockFormComponent,
    PersonWaitlistComponent,
  ],
  templateUrl: './person-page.component.html',
  styleUrl: './person-page.component.scss',
})
export class PersonPageComponent {
  readonly borrowerId = input.required<string>();
  /** `?ausgabe=FR-0042`: the handout this page was opened from. */
  readonly ausgabe = input<string | undefined>();
  protected readonly store = inject(BorrowersStore);
  private readonly locale = inject(LocaleService).current;
  protected readonly today = berlinToday();
  protected readonly nativeNames = LOCALE_NATIVE_NAMES;

  constructor() {
    effect(() => {
      const id = this.borrowerId();
      untracked(() => void this.store.load(id));
    });
  }

  protected day(date: string | null): string {
    return formatDay(date, this.locale());
  }

  protected dayOf(iso: string | null): string {
    return iso ? formatDay(borkenDateOf(iso), this.locale()) : '';
  }
}
