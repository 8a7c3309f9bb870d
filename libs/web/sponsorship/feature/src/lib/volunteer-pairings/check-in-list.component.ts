import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { CheckInRecord } from '@zusammen/shared/contracts';
import { LocaleService, listInLanguage } from '@zusammen/web/core';
import { formatDay } from '../shared/format-day';

/** The contacts logged for a pairing, newest first, each in one plain sentence plus topics and note. */
@Component({
  selector: 'zl-check-in-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './check-in-list.component.html',
  styleUrl: './check-in-list.component.scss',
})
export class CheckInListComponent {
  readonly checkIns = input.required<readonly CheckInRecord[]>();

  private readonly locale = inject(LocaleService).current;
  private readonly transloco = inject(TranslocoService);

  protected readonly sorted = computed(() =>
    [...this.checkIns()].sort(
      (a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.createdAt.localeCompare(a.createdAt),
    ),
  );

  protected day(iso: string): string {
    return formatDay(iso, this.locale());
  }

  protected topics(record: CheckInRecord): string {
    return listInLanguage(
      record.topics.map((topic) =>
        this.transloco.translate(`sponsorshipVocabulary.supportAreas.${topic}`),
      ),
      this.locale(),
    );
  }
}
