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
import type {
  PairingAction,
  PairingDetail,
  PairingTransitionRequest,
} from '@zusammen/shared/contracts';
import { DECLINE_REASONS } from '@zusammen/shared/contracts';
import { focusAfterRender, profileFailureOf } from '@zusammen/web/core';
import type {
  PairingActionDraft,
  PairingActionField,
  PairingActionProblems,
  PairingFormAction,
} from '@zusammen/web/sponsorship/data-access';
import {
  PAIRING_ACTION_FIELDS,
  TRANSITION_NOTE_MAX_LENGTH,
  VOLUNTEER_END_REASONS,
  VolunteerPairingStore,
  emptyPairingActionDraft,
  noteRequired,
  pairingActionFieldsOf,
  pairingActionProblems,
  pairingActionRequestOf,
} from '@zusammen/web/sponsorship/data-access';
import { todayInBorken } from '../staff-volunteers/today-in-borken';
import type { PairingProblem } from './pairing-problem';
import { pairingProblemOf } from './pairing-problem';
import { FormErrorSummaryComponent, type FormErrorItem } from '@zusammen/web/ui';

/** Actions a volunteer can take; anything else the API lists (staff actions) is not shown here. */
const VOLUNTEER_ACTIONS: readonly PairingAction[] = ['accept', 'decline', 'pause', 'resume', 'end'];
const FORM_ACTIONS: readonly PairingFormAction[] = ['decline', 'pause', 'end'];

/** The id of each field's control, for the error summary's links and the first focus. */
const FIELD_IDS: Readonly<Record<PairingActionField, string>> = {
  declineReason: 'pairing-decline-reason',
  endReason: 'pairing-end-reason',
  resumeOn: 'pairing-pause-resume',
  note: 'pairing-action-note',
};

function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The volunteer's answers, from the actions the API allows now: accept and resume with one click (the
 * text beside the button says what follows); decline, pause and end open a short form with a reason.
 * Field problems appear in an error summary; other refusals below the form; "changed meanwhile" goes to
 * the page, which re-reads the pairing.
 */
@Component({
  selector: 'zl-pairing-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, FormErrorSummaryComponent],
  templateUrl: './pairing-actions.component.html',
  styleUrl: './pairing-actions.component.scss',
})
export class PairingActionsComponent {
  readonly pairing = input.required<PairingDetail>();
  /** A state change went through (the store holds the new pairing). */
  readonly changed = output<PairingAction>();
  /** The server refused because the pairing changed meanwhile. */
  readonly changedMeanwhile = output<void>();

  protected readonly store = inject(VolunteerPairingStore);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);

  protected readonly declineReasons = DECLINE_REASONS;
  protected readonly endReasons = VOLUNTEER_END_REASONS;
  protected readonly noteMax = TRANSITION_NOTE_MAX_LENGTH;
  protected readonly fieldIds = FIELD_IDS;
  protected readonly today = todayInBorken();
  /** A pause lasts at least until tomorrow. */
  protected readonly earliestResume = addDays(this.today, 1);

  protected readonly actions = computed(() =>
    this.pairing().allowedActions.filter((action) => VOLUNTEER_ACTIONS.includes(action)),
  );
  protected readonly openForm = signal<PairingFormAction | null>(null);
  protected readonly draft = signal<PairingActionDraft>(emptyPairingActionDraft());
  protected readonly problems = signal<PairingActionProblems>({});
  protected readonly problem = signal<PairingProblem | null>(null);
  protected readonly needsNote = computed(() => {
    const action = this.openForm();
    return action !== null && noteRequired(action, this.draft().reason);
  });
  protected readonly summaryItems = computed<FormErrorItem[]>(() => {
    const problems = this.problems();
    return PAIRING_ACTION_FIELDS.filter((field) => problems[field]).map((field) => ({
      targetId: FIELD_IDS[field],
      text: this.errorText(field),
    }));
  });

  private readonly summary = viewChild(FormErrorSummaryComponent);

  protected isFormAction(action: PairingAction): action is PairingFormAction {
    return (FORM_ACTIONS as readonly string[]).includes(action);
  }

  protected errorText(field: PairingActionField): string {
    const problem = this.problems()[field];
    return problem
      ? this.transloco.translate(`volunteerPairings.errors.${field}.${problem}`, {
          max: this.noteMax,
        })
      : '';
  }

  protected describedBy(field: PairingActionField, hintIds: string | null = null): string | null {
    const ids = [hintIds, this.problems()[field] ? `${FIELD_IDS[field]}-error` : null].filter(
      Boolean,
    );
    return ids.length > 0 ? ids.join(' ') : null;
  }

  protected toggle(action: PairingFormAction): void {
    if (this.openForm() === action) {
      this.close(action);
      return;
    }
    this.openForm.set(action);
    this.draft.set(emptyPairingActionDraft());
    this.problems.set({});
    this.problem.set(null);
    const first = action === 'pause' ? FIELD_IDS.resumeOn : FIELD_IDS[`${action}Reason`];
    focusAfterRender(this.injector, () => document.getElementById(first));
  }

  protected close(action: PairingFormAction): void {
    this.openForm.set(null);
    this.problems.set({});
    this.problem.set(null);
    focusAfterRender(this.injector, () => document.getElementById(`pairing-open-${action}`));
  }

  protected patch(changes: Partial<PairingActionDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...changes }));
  }

  protected async oneClick(action: 'accept' | 'resume'): Promise<void> {
    this.openForm.set(null);
    await this.send({ action });
  }

  protected async submit(event: Event, action: PairingFormAction): Promise<void> {
    event.preventDefault();
    this.problem.set(null);
    const draft = this.draft();
    const problems = pairingActionProblems(action, draft, this.today);
    this.problems.set(problems);
    if (Object.keys(problems).length > 0) {
      focusAfterRender(this.injector, () => this.summary()?.element());
      return;
    }
    await this.send(pairingActionRequestOf(action, draft));
  }

  private async send(request: PairingTransitionRequest): Promise<void> {
    if (this.store.busy()) return;
    this.problem.set(null);
    try {
      await this.store.transition(request);
      this.openForm.set(null);
      this.problems.set({});
      this.changed.emit(request.action);
    } catch (error: unknown) {
      const failure = profileFailureOf(error);
      const problem = pairingProblemOf(failure);
      if (problem === 'changedMeanwhile') {
        this.openForm.set(null);
        this.changedMeanwhile.emit();
        return;
      }
      const fields = pairingActionFieldsOf(Object.keys(failure.fields));
      if (problem === 'invalid' && fields.length > 0 && this.openForm() !== null) {
        this.problems.set(Object.fromEntries(fields.map((field) => [field, 'invalid'])));
        focusAfterRender(this.injector, () => this.summary()?.element());
        return;
      }
      this.problem.set(problem);
      focusAfterRender(this.injector, () => document.getElementById('pairing-action-problem'));
    }
  }
}
