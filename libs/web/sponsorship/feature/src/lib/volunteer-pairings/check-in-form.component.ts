import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { CheckInKind, PairingDetail, SupportArea } from '@zusammen/shared/contracts';
import { CHECK_IN_KINDS } from '@zusammen/shared/contracts';
import { LocaleService, focusAfterRender, profileFailureOf } from '@zusammen/web/core';
import type {
  CheckInDraft,
  CheckInField,
  CheckInProblems,
} from '@zusammen/web/sponsorship/data-access';
import {
  CHECK_IN_DURATION,
  CHECK_IN_FIELDS,
  CHECK_IN_NOTE_MAX_LENGTH,
  CHECK_IN_PULSES,
  VolunteerPairingStore,
  checkInFieldsOf,
  checkInProblems,
  checkInRequestOf,
  emptyCheckInDraft,
} from '@zusammen/web/sponsorship/data-access';
import { formatDay } from '../shared/format-day';
import { SupportAreasComponent } from '../shared/support-areas/support-areas.component';
import { todayInBorken } from '../staff-volunteers/today-in-borken';
import type { PairingProblem } from './pairing-problem';
import { pairingProblemOf } from './pairing-problem';
import { FormErrorSummaryComponent, type FormErrorItem } from '@zusammen/web/ui';

/** The first control of each field, for the error summary's links. */
const FIELD_IDS: Readonly<Record<CheckInField, string>> = {
  occurredOn: 'check-in-date',
  kind: 'check-in-kind-meeting',
  durationMinutes: 'check-in-duration',
  topics: 'check-in-topics-authorities',
  pulse: 'check-in-pulse-none',
  note: 'check-in-note',
};

/**
 * "Log a contact" (trial, active, paused): when, how, how long, what they did, optionally how it went (in
 * words) and a note the coordination office can read. Problems appear in an error summary; after saving
 * the form starts afresh and says so, while the page's list shows the new contact.
 */
@Component({
  selector: 'zl-check-in-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, FormErrorSummaryComponent, SupportAreasComponent],
  templateUrl: './check-in-form.component.html',
  styleUrl: './check-in-form.component.scss',
})
export class CheckInFormComponent {
  readonly pairing = input.required<PairingDetail>();
  /** The server refused because the pairing no longer takes contacts. */
  readonly changedMeanwhile = output<void>();

  protected readonly store = inject(VolunteerPairingStore);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService).current;

  protected readonly kinds = CHECK_IN_KINDS;
  /** Best first, as people usually read a scale of words. */
  protected readonly pulses = [...CHECK_IN_PULSES].reverse();
  protected readonly duration = CHECK_IN_DURATION;
  protected readonly noteMax = CHECK_IN_NOTE_MAX_LENGTH;
  protected readonly fieldIds = FIELD_IDS;
  protected readonly today = todayInBorken();

  protected readonly draft = signal<CheckInDraft>(emptyCheckInDraft(this.today));
  protected readonly problems = signal<CheckInProblems>({});
  protected readonly problem = signal<PairingProblem | null>(null);
  /** The day of the contact just saved, for the confirmation. */
  protected readonly saved = signal<string | null>(null);
  protected readonly earliest = computed(() => this.pairing().trialStartedOn?.slice(0, 10) ?? null);
  protected readonly summaryItems = computed<FormErrorItem[]>(() => {
    const problems = this.problems();
    return CHECK_IN_FIELDS.filter((field) => problems[field]).map((field) => ({
      targetId: FIELD_IDS[field],
      text: this.errorText(field),
    }));
  });

  private readonly summary = viewChild(FormErrorSummaryComponent);

  protected errorText(field: CheckInField): string {
    const problem = this.problems()[field];
    if (!problem) return '';
    const earliest = this.earliest();
    return this.transloco.translate(`volunteerPairings.errors.${field}.${problem}`, {
      min: this.duration.min,
      max: field === 'note' ? this.noteMax : this.duration.max,
      date: earliest ? formatDay(earliest, this.locale()) : '',
    });
  }

  protected describedBy(field: CheckInField, hintIds: string | null = null): string | null {
    const ids = [hintIds, this.problems()[field] ? `check-in-${field}-error` : null].filter(
      Boolean,
    );
    return ids.length > 0 ? ids.join(' ') : null;
  }

  protected patch(changes: Partial<CheckInDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...changes }));
    this.saved.set(null);
  }

  protected chooseKind(kind: CheckInKind): void {
    this.patch({ kind });
  }

  protected chooseTopics(topics: readonly SupportArea[]): void {
    this.patch({ topics });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.busy()) return;
    this.problem.set(null);
    this.saved.set(null);
    const draft = this.draft();
    const problems = checkInProblems(draft, this.today, this.earliest());
    this.problems.set(problems);
    if (Object.keys(problems).length > 0) {
      focusAfterRender(this.injector, () => this.summary()?.element());
      return;
    }
    try {
      const record = await this.store.logCheckIn(checkInRequestOf(draft));
      this.draft.set(emptyCheckInDraft(this.today));
      this.saved.set(formatDay(record.occurredOn, this.locale()));
    } catch (error: unknown) {
      const failure = profileFailureOf(error);
      const problem = pairingProblemOf(failure);
      if (problem === 'changedMeanwhile') {
        this.changedMeanwhile.emit();
        return;
      }
      const fields = checkInFieldsOf(Object.keys(failure.fields));
      if (problem === 'invalid' && fields.length > 0) {
        this.problems.set(Object.fromEntries(fields.map((field) => [field, 'invalid'])));
        focusAfterRender(this.injector, () => this.summary()?.element());
        return;
      }
      this.problem.set(problem);
      focusAfterRender(this.injector, () => document.getElementById('check-in-problem'));
    }
  }
}
