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
import type { BorrowerCreateRequest, Locale } from '@zusammen/shared/contracts';
import { REMINDER_CHANNELS, SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import { LOCALE_NATIVE_NAMES, LocaleService, focusAfterRender } from '@zusammen/web/core';
import { FormErrorSummaryComponent, type FormErrorItem } from '@zusammen/web/ui';
import type {
  BorrowerDraft,
  BorrowerField,
  BorrowerProblems,
} from '@zusammen/web/workshop/data-access';
import {
  BORROWER_FIELDS,
  BORROWER_NAME_MAX,
  BORROWER_PHONE_MAX,
  borrowerProblems,
  borrowerRequestOf,
  emptyBorrowerDraft,
  berlinToday,
} from '@zusammen/web/workshop/data-access';

/**
 * A new person at the desk: name, phone, optional e-mail of an existing account (links it), language,
 * reminder channel, and for a minor the guardian and the date of the written consent. Emits the request
 * once the fields are valid; the page sends it and shows the answer.
 */
@Component({
  selector: 'zl-borrower-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, FormErrorSummaryComponent],
  templateUrl: './borrower-form.component.html',
  styleUrl: './borrower-form.component.scss',
})
export class BorrowerFormComponent {
  /** Prefix of the field ids (two forms may not share ids on one page). */
  readonly idPrefix = input('person');
  readonly busy = input(false);
  readonly headingLevel = input<2 | 3>(2);
  readonly submitted = output<BorrowerCreateRequest>();
  readonly cancelled = output<void>();

  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);
  private readonly locale = inject(LocaleService).current;

  protected readonly locales = SUPPORTED_LOCALES;
  protected readonly nativeNames = LOCALE_NATIVE_NAMES;
  protected readonly channels = REMINDER_CHANNELS;
  protected readonly nameMax = BORROWER_NAME_MAX;
  protected readonly phoneMax = BORROWER_PHONE_MAX;
  protected readonly today = berlinToday();

  protected readonly draft = signal<BorrowerDraft>(emptyBorrowerDraft(this.locale()));
  protected readonly problems = signal<BorrowerProblems>({});
  protected readonly summaryItems = computed<FormErrorItem[]>(() =>
    BORROWER_FIELDS.filter((field) => this.problems()[field]).map((field) => ({
      targetId: this.id(field),
      text: this.errorText(field),
    })),
  );
  private readonly summary = viewChild(FormErrorSummaryComponent);

  protected id(field: BorrowerField | string): string {
    return `${this.idPrefix()}-${field}`;
  }

  protected errorText(field: BorrowerField): string {
    const problem = this.problems()[field];
    return problem
      ? this.transloco.translate(`workshopCounter.person.errors.${field}.${problem}`)
      : '';
  }

  protected describedBy(field: BorrowerField, hint = false): string | null {
    const ids = [
      hint ? this.id(`${field}-hint`) : null,
      this.problems()[field] ? this.id(`${field}-error`) : null,
    ];
    const list = ids.filter(Boolean);
    return list.length ? list.join(' ') : null;
  }

  protected patch(changes: Partial<BorrowerDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...changes }));
  }

  protected chooseLocale(value: string): void {
    if ((SUPPORTED_LOCALES as readonly string[]).includes(value))
      this.patch({ preferredLocale: value as Locale });
  }

  protected chooseChannel(value: string): void {
    const channel = REMINDER_CHANNELS.find((c) => c === value);
    if (channel) this.patch({ reminderChannel: channel });
  }

  /** Marks fields the server refused (e.g. the e-mail that links no account). */
  showProblems(problems: BorrowerProblems): void {
    this.problems.set(problems);
    focusAfterRender(this.injector, () => this.summary()?.element());
  }

  reset(): void {
    this.draft.set(emptyBorrowerDraft(this.locale()));
    this.problems.set({});
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    const problems = borrowerProblems(this.draft(), this.today);
    if (Object.keys(problems).length > 0) {
      this.showProblems(problems);
      return;
    }
    this.problems.set({});
    this.submitted.emit(borrowerRequestOf(this.draft()));
  }
}
