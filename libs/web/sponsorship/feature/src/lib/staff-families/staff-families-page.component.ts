import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { FamilyStatus, FamilySummary } from '@zusammen/shared/contracts';
import { FAMILY_STATUSES } from '@zusammen/shared/contracts';
import { CursorPager, LocaleService } from '@zusammen/web/core';
import { StaffFamiliesApi } from '@zusammen/web/sponsorship/data-access';
import { formatDay, isKnownLanguageCode } from '../shared';
import { StaffSponsorshipNavComponent } from '../staff-volunteers/staff-sponsorship-nav.component';
import { urgentFirst } from './urgent-first';

/**
 * "Familien" (staff): households entered at the desk, urgent ones first, then by waiting time; search,
 * status filter, "load more". Consent is shown in words on every card.
 */
@Component({
  selector: 'zl-staff-families-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, StaffSponsorshipNavComponent],
  templateUrl: './staff-families-page.component.html',
  styleUrl: './staff-families-page.component.scss',
})
export class StaffFamiliesPageComponent {
  private readonly api = inject(StaffFamiliesApi);
  private readonly locale = inject(LocaleService);

  protected readonly statuses = FAMILY_STATUSES;
  protected readonly q = signal('');
  protected readonly status = signal<FamilyStatus | ''>('');
  private readonly applied = signal<{ q: string; status: FamilyStatus | '' }>({
    q: '',
    status: '',
  });

  protected readonly families = new CursorPager<FamilySummary>((cursor) =>
    this.api.list({ ...this.applied(), cursor }),
  );
  /** The API sorts too; sorting the loaded pages keeps urgent families on top after "load more". */
  protected readonly shown = computed(() => urgentFirst(this.families.items()));

  constructor() {
    void this.families.reload();
  }

  protected chooseStatus(value: string): void {
    this.status.set(FAMILY_STATUSES.find((status) => status === value) ?? '');
  }

  protected search(event: Event): void {
    event.preventDefault();
    this.applied.set({ q: this.q().trim(), status: this.status() });
    void this.families.reload();
  }

  protected day(iso: string): string {
    return formatDay(iso, this.locale.current());
  }

  protected readonly knownLanguage = isKnownLanguageCode;
}
