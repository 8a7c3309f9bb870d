import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { Locale, RegistrationResult } from '@zusammen/shared/contracts';
import { MAX_PARTY_SIZE, SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import type {
  DeskRegistrationDraft,
  DeskRegistrationField,
  DeskRegistrationProblems,
} from '@zusammen/web/booking/data-access';
import {
  CheckInStore,
  DESK_NAME_MAX_LENGTH,
  DESK_PHONE_MAX_LENGTH,
  DESK_REGISTRATION_FIELDS,
  deskRegistrationProblems,
  deskRegistrationRequestOf,
  emptyDeskRegistrationDraft,
} from '@zusammen/web/booking/data-access';
import {
  LOCALE_NATIVE_NAMES,
  LocaleService,
  focusAfterRender,
  profileFailureOf,
} from '@zusammen/web/core';
import { isolated } from '../shared/bidi-isolate';
import { formatCount } from '../shared/event-format';
import type { EventProblem } from '../shared/event-problem';
import { eventProblemOf } from '../shared/event-problem';
import { FormErrorSummaryComponent, type FormErrorItem } from '@zusammen/web/ui';

const FIELD_IDS: Readonly<Record<DeskRegistrationField, string>> = {
  name: 'desk-name',
  phone: 'desk-phone',
  partySize: 'desk-party',
};

/**
 * Registration at the front desk (staff) for someone without an account or e-mail: name, optionally a phone
 * number for reminders, party size, and the language the person reads (for printed slips and messages). A
 * full date puts them on the waiting list. The result is announced and the form starts afresh.
 */
@Component({
  selector: 'zl-desk-registration-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, FormErrorSummaryComponent],
  templateUrl: './desk-registration-form.component.html',
  styleUrl: './desk-registration-form.component.scss',
})
export class DeskRegistrationFormComponent {
  protected readonly store = inject(CheckInStore);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);
  private readonly locale = inject(LocaleService).current;

  protected readonly locales = SUPPORTED_LOCALES;
  protected readonly nativeNames = LOCALE_NATIVE_NAMES;
  protected readonly partySizes = Array.from({ length: MAX_PARTY_SIZE }, (_, i) => i + 1);
  protected readonly nameMax = DESK_NAME_MAX_LENGTH;
  protected readonly phoneMax = DESK_PHONE_MAX_LENGTH;
  protected readonly ids = FIELD_IDS;

  protected readonly draft = signal<DeskRegistrationDraft>(emptyDeskRegistrationDraft());
  protected readonly problems = signal<DeskRegistrationProblems>({});
  protected readonly problem = signal<EventProblem | null>(null);
  protected readonly done = signal<{ result: RegistrationResult; name: string } | null>(null);
  protected readonly summaryItems = computed<FormErrorItem[]>(() =>
    DESK_REGISTRATION_FIELDS.filter((field) => this.problems()[field]).map((field) => ({
      targetId: FIELD_IDS[field],
      text: this.errorText(field),
    })),
  );

  private readonly summary = viewChild(FormErrorSummaryComponent);

  protected count(value: number): string {
    return formatCount(value, this.locale());
  }

  protected errorText(field: DeskRegistrationField): string {
    const problem = this.problems()[field];
    return problem
      ? this.transloco.translate(`events.desk.errors.${field}.${problem}`, {
          max: this.count(
            field === 'name' ? this.nameMax : field === 'phone' ? this.phoneMax : MAX_PARTY_SIZE,
          ),
        })
      : '';
  }

  protected describedBy(field: DeskRegistrationField, hint: string | null = null): string | null {
    const ids = [hint, this.problems()[field] ? `desk-${field}-error` : null].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : null;
  }

  protected patch(changes: Partial<DeskRegistrationDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...changes }));
  }

  protected chooseLocale(value: string): void {
    if ((SUPPORTED_LOCALES as readonly string[]).includes(value))
      this.patch({ locale: value as Locale });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.busy() !== null) return;
    this.problem.set(null);
    this.done.set(null);
    const draft = this.draft();
    const problems = deskRegistrationProblems(draft);
    this.problems.set(problems);
    if (Object.keys(problems).length > 0) {
      focusAfterRender(this.injector, () => this.summary()?.element());
      return;
    }
    try {
      const result = await this.store.deskRegister(deskRegistrationRequestOf(draft));
      this.done.set({ result, name: isolated(draft.name.trim()) });
      this.draft.set(emptyDeskRegistrationDraft(draft.locale));
      focusAfterRender(this.injector, () => document.getElementById('desk-name'));
    } catch (error: unknown) {
      const failure = profileFailureOf(error);
      const problem = eventProblemOf(failure);
      const fields = DESK_REGISTRATION_FIELDS.filter((field) => failure.fields[field]);
      if (problem === 'invalid' && fields.length > 0) {
        this.problems.set(Object.fromEntries(fields.map((field) => [field, 'invalid'])));
        focusAfterRender(this.injector, () => this.summary()?.element());
        return;
      }
      this.problem.set(problem);
      focusAfterRender(this.injector, () => document.getElementById('desk-problem'));
    }
  }
}
