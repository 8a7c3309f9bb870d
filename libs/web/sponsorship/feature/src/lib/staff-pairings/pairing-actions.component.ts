import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { PairingAction, PairingDetail } from '@zusammen/shared/contracts';
import { DECLINE_REASONS, END_REASONS } from '@zusammen/shared/contracts';
import { focusAfterRender } from '@zusammen/web/core';
import type {
  ActionWithInput,
  TransitionDraft,
  TransitionErrors,
  TransitionField,
} from '@zusammen/web/sponsorship/data-access';
import {
  INTRO_PLACE_MAX,
  StaffPairingsApi,
  TRANSITION_FIELDS,
  TRANSITION_NOTE_MAX,
  emptyTransitionDraft,
  isoToLocalDateTime,
  needsInput,
  transitionNoteRequired,
  transitionRequestOf,
} from '@zusammen/web/sponsorship/data-access';
import { todayInBorken } from '../staff-volunteers/today-in-borken';
import type { PairingProblem } from './pairing-problem';
import { pairingProblemOf } from './pairing-problem';

/** A finished action, for the page's announcement. */
export interface PairingActionDone {
  action: PairingAction;
  pairing: PairingDetail;
}

/** The field ids of the inline forms (the error summary links to them). */
const FIELD_IDS: Readonly<Record<TransitionField, string>> = {
  declineReason: 'action-decline-reason',
  introDate: 'action-intro-date',
  introTime: 'action-intro-time',
  introPlace: 'action-intro-place',
  resumeOn: 'action-resume-on',
  endReason: 'action-end-reason',
  note: 'action-note',
};

/** Quiet buttons for the steps that close or interrupt a pairing; the usual next step stands out. */
const QUIET_ACTIONS: readonly PairingAction[] = ['decline', 'pause', 'end'];

/**
 * The next steps of one pairing (staff): one button per action the API allows now. Decline, arranging the
 * first meeting, pause and end open a small form; the others are sent at once. Problems (a field left
 * empty, or the API's 409, e.g. trial meetings missing) appear in an error summary that takes the focus.
 */
@Component({
  selector: 'zl-pairing-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './pairing-actions.component.html',
  styleUrl: './pairing-actions.component.scss',
})
export class PairingActionsComponent {
  readonly pairing = input.required<PairingDetail>();
  /** Emitted with the pairing as the API returned it after the change. */
  readonly done = output<PairingActionDone>();

  private readonly api = inject(StaffPairingsApi);
  private readonly injector = inject(Injector);

  protected readonly declineReasons = DECLINE_REASONS;
  protected readonly endReasons = END_REASONS;
  protected readonly placeMax = INTRO_PLACE_MAX;
  protected readonly noteMax = TRANSITION_NOTE_MAX;
  protected readonly ids = FIELD_IDS;
  protected readonly today = todayInBorken();
  protected readonly tomorrow = nextDay(this.today);

  protected readonly open = signal<ActionWithInput | null>(null);
  protected readonly draft = signal<TransitionDraft>(emptyTransitionDraft());
  protected readonly errors = signal<TransitionErrors>({});
  protected readonly problem = signal<PairingProblem | null>(null);
  protected readonly busy = signal<PairingAction | null>(null);

  protected readonly allowed = computed(() => this.pairing().allowedActions);
  /** Field errors in form order, for the error summary. */
  protected readonly errorList = computed(() => {
    const action = this.open();
    const errors = this.errors();
    const fields = action ? TRANSITION_FIELDS[action] : [];
    return fields
      .filter((field) => errors[field] !== undefined)
      .map((field) => ({ field, problem: errors[field] as string }));
  });
  protected readonly noteNeeded = computed(() => {
    const action = this.open();
    return action !== null && transitionNoteRequired(action, this.draft());
  });

  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');

  constructor() {
    // Another pairing, or the same one after a change: close a form that no longer applies.
    effect(() => {
      const allowed = this.pairing().allowedActions;
      untracked(() => {
        const open = this.open();
        if (open !== null && !allowed.includes(open)) this.close();
      });
    });
  }

  protected isQuiet(action: PairingAction): boolean {
    return QUIET_ACTIONS.includes(action);
  }

  protected hasForm(action: PairingAction): boolean {
    return needsInput(action);
  }

  protected async choose(action: PairingAction): Promise<void> {
    this.problem.set(null);
    this.errors.set({});
    if (!needsInput(action)) {
      await this.send(action);
      return;
    }
    if (this.open() === action) {
      this.close();
      return;
    }
    this.draft.set(this.prefilled(action));
    this.open.set(action);
    focusAfterRender(this.injector, () => this.firstField(action));
  }

  protected cancel(): void {
    const action = this.open();
    this.close();
    if (action) {
      focusAfterRender(this.injector, () => document.getElementById(`action-${action}`));
    }
  }

  protected patch(changes: Partial<TransitionDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...changes }));
  }

  protected chooseDeclineReason(value: string): void {
    this.patch({ declineReason: DECLINE_REASONS.find((r) => r === value) ?? '' });
  }

  protected chooseEndReason(value: string): void {
    this.patch({ endReason: END_REASONS.find((r) => r === value) ?? '' });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const action = this.open();
    if (action) await this.send(action);
  }

  protected focusField(event: Event, field: TransitionField): void {
    event.preventDefault();
    document.getElementById(FIELD_IDS[field])?.focus();
  }

  protected describedBy(field: TransitionField, hint?: string): string | null {
    const ids = [hint, this.errors()[field] ? `${FIELD_IDS[field]}-error` : undefined].filter(
      (id): id is string => id !== undefined,
    );
    return ids.length > 0 ? ids.join(' ') : null;
  }

  private async send(action: PairingAction): Promise<void> {
    const result = transitionRequestOf(action, this.draft(), this.today);
    if (!result.ok) {
      this.errors.set(result.errors);
      focusAfterRender(this.injector, () => this.summary()?.nativeElement);
      return;
    }
    this.errors.set({});
    this.problem.set(null);
    this.busy.set(action);
    try {
      const pairing = await this.api.transition(this.pairing().id, result.request);
      this.close();
      this.done.emit({ action, pairing });
    } catch (error) {
      this.problem.set(pairingProblemOf(error));
      focusAfterRender(this.injector, () => this.summary()?.nativeElement);
    } finally {
      this.busy.set(null);
    }
  }

  private prefilled(action: ActionWithInput): TransitionDraft {
    const draft = emptyTransitionDraft();
    const pairing = this.pairing();
    if (action === 'schedule_intro') {
      // Moving an arranged meeting starts from the current date, time and place.
      const at = pairing.introAt ? isoToLocalDateTime(pairing.introAt) : null;
      return {
        ...draft,
        introDate: at?.date ?? '',
        introTime: at?.time ?? '',
        introPlace: pairing.introPlace ?? '',
      };
    }
    return draft;
  }

  private firstField(action: ActionWithInput): HTMLElement | null {
    return document.getElementById(FIELD_IDS[TRANSITION_FIELDS[action][0]]);
  }

  private close(): void {
    this.open.set(null);
    this.errors.set({});
    this.draft.set(emptyTransitionDraft());
  }
}

/** The day after a `YYYY-MM-DD` day (the earliest resume date). */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
