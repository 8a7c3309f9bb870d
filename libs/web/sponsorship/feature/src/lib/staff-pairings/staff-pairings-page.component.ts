import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { PairingState, PairingSummary } from '@zusammen/shared/contracts';
import { PAIRING_STATES } from '@zusammen/shared/contracts';
import { CursorPager, LocaleService } from '@zusammen/web/core';
import {
  StaffPairingsApi,
  attentionFlagOf,
  pairingStateOf,
} from '@zusammen/web/sponsorship/data-access';
import { ListSearchFormComponent, ListStatusComponent, LoadMoreComponent } from '@zusammen/web/ui';
import { formatDay } from '../shared';
import { isolated } from '../staff-volunteers/bidi-isolate';
import { StaffSponsorshipNavComponent } from '../staff-volunteers/staff-sponsorship-nav.component';
import { formatInstantDay } from './pairing-format';

interface PairingFilters {
  q: string;
  state: PairingState | '';
  attention: boolean;
}

/**
 * "Tandems" (staff): every pairing with its state in words, since when, the last contact and why it needs
 * attention. The filters live in the address (`?attention=1` is where the weekly digest links), so the
 * browser's back button returns to the same selection.
 */
@Component({
  selector: 'zl-staff-pairings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    StaffSponsorshipNavComponent,
    ListSearchFormComponent,
    ListStatusComponent,
    LoadMoreComponent,
  ],
  templateUrl: './staff-pairings-page.component.html',
  styleUrl: './staff-pairings-page.component.scss',
})
export class StaffPairingsPageComponent {
  /** Query parameters (bound by the router). */
  readonly q = input<string | undefined>(undefined);
  readonly state = input<string | undefined>(undefined);
  readonly attention = input<string | undefined>(undefined);

  private readonly api = inject(StaffPairingsApi);
  private readonly locale = inject(LocaleService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly states = PAIRING_STATES;
  /** The form's values, applied on submit. */
  protected readonly draftQ = signal('');
  protected readonly draftState = signal<PairingState | ''>('');
  protected readonly draftAttention = signal(false);
  private readonly applied = signal<PairingFilters>({ q: '', state: '', attention: false });

  protected readonly pairings = new CursorPager<PairingSummary>((cursor) =>
    this.api.list({ ...this.applied(), cursor }),
  );

  constructor() {
    effect(() => {
      const filters: PairingFilters = {
        q: (this.q() ?? '').trim(),
        state: pairingStateOf(this.state()),
        attention: attentionFlagOf(this.attention()),
      };
      untracked(() => {
        this.draftQ.set(filters.q);
        this.draftState.set(filters.state);
        this.draftAttention.set(filters.attention);
        this.applied.set(filters);
        void this.pairings.reload();
      });
    });
  }

  protected chooseState(value: string): void {
    this.draftState.set(pairingStateOf(value));
  }

  protected async search(): Promise<void> {
    const next: PairingFilters = {
      q: this.draftQ().trim(),
      state: this.draftState(),
      attention: this.draftAttention(),
    };
    const current = this.applied();
    if (
      next.q === current.q &&
      next.state === current.state &&
      next.attention === current.attention
    ) {
      // Same address: the router would not bind anything new, so ask again directly.
      await this.pairings.reload();
      return;
    }
    await this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        q: next.q || null,
        state: next.state || null,
        attention: next.attention ? '1' : null,
      },
    });
  }

  protected day(iso: string): string {
    return formatDay(iso, this.locale.current());
  }

  protected since(iso: string): string {
    return formatInstantDay(iso, this.locale.current());
  }

  protected readonly isolated = isolated;
}
