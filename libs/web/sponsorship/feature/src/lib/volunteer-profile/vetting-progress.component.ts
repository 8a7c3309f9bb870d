import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { VolunteerProfileResponse } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { formatDay } from '../shared/format-day';
import { nextStepOf, vettingStepsOf } from './vetting-progress';

/**
 * The volunteer's status and vetting progress in plain words: which steps are done (with dates), what comes
 * next, and the certificate of good conduct as "inspected on …, valid until …" — never whether it had an
 * entry (that stays with the coordination office).
 */
@Component({
  selector: 'zl-vetting-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './vetting-progress.component.html',
  styleUrl: './vetting-progress.component.scss',
})
export class VettingProgressComponent {
  private readonly locale = inject(LocaleService).current;

  readonly profile = input.required<VolunteerProfileResponse>();

  protected readonly steps = computed(() => vettingStepsOf(this.profile()));
  protected readonly next = computed(() => nextStepOf(this.profile()));
  protected readonly certificate = computed(() => {
    const certificate = this.profile().certificate;
    return certificate
      ? {
          inspectedOn: this.day(certificate.inspectedOn),
          validUntil: this.day(certificate.renewalDueOn),
        }
      : null;
  });

  protected day(iso: string): string {
    return formatDay(iso, this.locale());
  }
}
