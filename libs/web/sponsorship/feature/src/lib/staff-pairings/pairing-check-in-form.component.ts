import type { ElementRef } from '@angular/core';
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
import { TranslocoDirective } from '@jsverse/transloco';
import type { CheckInRecord, PairingDetail, SupportArea } from '@zusammen/shared/contracts';
import { CHECK_IN_KINDS } from '@zusammen/shared/contracts';
import { focusAfterRender } from '@zusammen/web/core';
import type {
  StaffCheckInDraft,
  StaffCheckInErrors,
  StaffCheckInField,
} from '@zusammen/web/sponsorship/data-access';
import {
  PULSE_SCALE,
  STAFF_CHECK_IN_FIELDS,
  STAFF_CHECK_IN_MINUTES_MAX,
  STAFF_CHECK_IN_MINUTES_MIN,
  STAFF_CHECK_IN_NOTE_MAX,
  StaffPairingsApi,
  emptyStaffCheckInDraft,
  staffCheckInRequestOf,
} from '@zusammen/web/sponsorship/data-access';
import { SupportAreasComponent } from '../shared';
import { todayInBorken } from '../staff-volunteers/today-in-borken';
import type { PairingProblem } from './pairing-problem';
import { pairingProblemOf } from './pairing-problem';

/** Where the error summary sends the keyboard for each field. */
const FIELD_IDS: Readonly<Record<StaffCheckInField, string>> = {
  occurredOn: 'check-in-date',
  kind: 'check-in-kind',
  durationMinutes: 'check-in-minutes',
  topics: 'check-in-topics-authorities',
  note: 'check-in-note',
};

/**
 * A contact entered by staff: by the coordinator, or for the family (proxy, e.g. with an interpreter).
 * The note may stay with the staff. Regular contact is what funders ask for, so the form is short.
 */
@Component({
  selector: 'zl-pairing-check-in-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, SupportAreasComponent],
  templateUrl: './pairing-check-in-form.component.html',
  styleUrl: './pairing-check-in-form.component.scss',
})
export class PairingCheckInFormComponent {
  readonly pairing = input.required<PairingDetail>();
  readonly saved = output<CheckInRecord>();

  private readonly api = inject(StaffPairingsApi);
  private readonly injector = inject(Injector);

  protected readonly kinds = CHECK_IN_KINDS;
  protected readonly pulses = PULSE_SCALE;
  protected readonly minMinutes = STAFF_CHECK_IN_MINUTES_MIN;
  protected readonly maxMinutes = STAFF_CHECK_IN_MINUTES_MAX;
  protected readonly noteMax = STAFF_CHECK_IN_NOTE_MAX;
  protected readonly ids = FIELD_IDS;
  protected readonly today = todayInBorken();

  protected readonly draft = signal<StaffCheckInDraft>(emptyStaffCheckInDraft(this.today));
  protected readonly errors = signal<StaffCheckInErrors>({});
  protected readonly problem = signal<PairingProblem | null>(null);
  protected readonly busy = signal(false);

  protected readonly errorList = computed(() => {
    const errors = this.errors();
    return STAFF_CHECK_IN_FIELDS.filter((field) => errors[field] !== undefined).map((field) => ({
      field,
      problem: errors[field] as string,
    }));
  });
  protected readonly earliest = computed(() => this.pairing().trialStartedOn?.slice(0, 10) ?? null);

  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');

  protected patch(changes: Partial<StaffCheckInDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...changes }));
  }

  protected chooseKind(value: string): void {
    this.patch({ kind: CHECK_IN_KINDS.find((kind) => kind === value) ?? '' });
  }

  protected chooseTopics(topics: readonly SupportArea[]): void {
    this.patch({ topics });
  }

  protected focusField(event: Event, field: StaffCheckInField): void {
    event.preventDefault();
    document.getElementById(FIELD_IDS[field])?.focus();
  }

  protected describedBy(field: StaffCheckInField, hint?: string): string | null {
    const ids = [hint, this.errors()[field] ? `${FIELD_IDS[field]}-error` : undefined].filter(
      (id): id is string => id !== undefined,
    );
    return ids.length > 0 ? ids.join(' ') : null;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.problem.set(null);
    const result = staffCheckInRequestOf(this.draft(), {
      today: this.today,
      trialStartedOn: this.earliest(),
    });
    if (!result.ok) {
      this.errors.set(result.errors);
      focusAfterRender(this.injector, () => this.summary()?.nativeElement);
      return;
    }
    this.errors.set({});
    this.busy.set(true);
    try {
      const record = await this.api.checkIn(this.pairing().id, result.request);
      this.draft.set(emptyStaffCheckInDraft(this.today));
      this.saved.emit(record);
    } catch (error) {
      this.problem.set(pairingProblemOf(error));
      focusAfterRender(this.injector, () => this.summary()?.nativeElement);
    } finally {
      this.busy.set(false);
    }
  }
}
