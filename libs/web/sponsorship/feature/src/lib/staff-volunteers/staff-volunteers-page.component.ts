import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { VolunteerStatus, VolunteerSummary } from '@zusammen/shared/contracts';
import { VOLUNTEER_STATUSES } from '@zusammen/shared/contracts';
import { CursorPager, LocaleService } from '@zusammen/web/core';
import { StaffVolunteersApi } from '@zusammen/web/sponsorship/data-access';
import { formatDay, isKnownLanguageCode } from '../shared';
import { StaffSponsorshipNavComponent } from './staff-sponsorship-nav.component';

/**
 * "Paten" (staff): every volunteer with status, vetting progress and certificate renewal; search by
 * name, filter by status, "load more". Each card leads to the volunteer's page.
 */
@Component({
  selector: 'zl-staff-volunteers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, StaffSponsorshipNavComponent],
  templateUrl: './staff-volunteers-page.component.html',
  styleUrl: './staff-volunteers-page.component.scss',
})
export class StaffVolunteersPageComponent {
  private readonly api = inject(StaffVolunteersApi);
  private readonly locale = inject(LocaleService);

  protected readonly statuses = VOLUNTEER_STATUSES;
  protected readonly q = signal('');
  protected readonly status = signal<VolunteerStatus | ''>('');
  /** The filters of the list on screen (the fields may already hold the next search). */
  private readonly applied = signal<{ q: string; status: VolunteerStatus | '' }>({
    q: '',
    status: '',
  });

  protected readonly volunteers = new CursorPager<VolunteerSummary>((cursor) =>
    this.api.list({ ...this.applied(), cursor }),
  );

  constructor() {
    void this.volunteers.reload();
  }

  protected chooseStatus(value: string): void {
    this.status.set(VOLUNTEER_STATUSES.find((status) => status === value) ?? '');
  }

  protected search(event: Event): void {
    event.preventDefault();
    this.applied.set({ q: this.q().trim(), status: this.status() });
    void this.volunteers.reload();
  }

  protected day(iso: string): string {
    return formatDay(iso, this.locale.current());
  }

  protected readonly knownLanguage = isKnownLanguageCode;
}
