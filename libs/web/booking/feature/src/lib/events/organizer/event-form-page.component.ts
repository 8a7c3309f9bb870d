import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { EventAudience, Locale } from '@zusammen/shared/contracts';
import { EVENT_AUDIENCES, RTL_LOCALES, SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import type {
  BookingChoice,
  EventDraft,
  EventDraftProblem,
  EventDraftProblems,
  EventTextDraft,
} from '@zusammen/web/booking/data-access';
import {
  EVENT_DESCRIPTION_MAX_LENGTH,
  EVENT_TITLE_MAX_LENGTH,
  MIN_DECISION_MAX_HOURS,
  OrganizerEventsStore,
  REGISTRATION_CLOSES_MAX_MINUTES,
  addableTextLocales,
  emptyEventDraft,
  eventDraftProblems,
  eventRequestOf,
} from '@zusammen/web/booking/data-access';
import { LocaleService, focusAfterRender, profileFailureOf } from '@zusammen/web/core';
import { formatCount, formatWhen } from '../shared/event-format';
import type { EventProblem } from '../shared/event-problem';
import { eventProblemOf } from '../shared/event-problem';
import { EVENT_CREATED_STATE } from './event-created-state';
import { FormErrorSummaryComponent, type FormErrorItem } from '@zusammen/web/ui';

/** Fields in the order of the form, for the error summary. */
const SIMPLE_FIELDS = [
  'audience',
  'languagesSpoken',
  'capacity',
  'minParticipants',
  'minDecisionHours',
  'registrationOpens',
  'registrationClosesMinutesBefore',
] as const;

const CONTROL_IDS: Readonly<Record<(typeof SIMPLE_FIELDS)[number], string>> = {
  audience: 'event-audience',
  languagesSpoken: 'event-spoken-de',
  capacity: 'event-capacity',
  minParticipants: 'event-min',
  minDecisionHours: 'event-min-hours',
  registrationOpens: 'event-opens-date',
  registrationClosesMinutesBefore: 'event-closes',
};

/** Server field names (422 details) → draft problem keys. */
const SERVER_FIELDS: Readonly<Record<string, string>> = {
  bookingId: 'bookingId',
  audience: 'audience',
  languagesSpoken: 'languagesSpoken',
  capacity: 'capacity',
  minParticipants: 'minParticipants',
  minDecisionHours: 'minDecisionHours',
  registrationOpensAt: 'registrationOpens',
  registrationClosesMinutesBefore: 'registrationClosesMinutesBefore',
  title: 'title.de',
  description: 'description.de',
};

/**
 * A new event on one of the organizer's bookings (/raeume/veranstaltungen/neu): the booking (a series gives
 * the event every date), title and description in German and any further languages, audience, public or
 * not, languages spoken, capacity (never above the room's approved occupancy), approval, waiting list,
 * minimum participants with the time of the check, and the registration window. Problems show in an error
 * summary and at each field; on success the list page says the event was created.
 */
@Component({
  selector: 'zl-event-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, FormErrorSummaryComponent],
  templateUrl: './event-form-page.component.html',
  styleUrl: './event-form-page.component.scss',
})
export class EventFormPageComponent {
  protected readonly store = inject(OrganizerEventsStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);
  protected readonly locale = inject(LocaleService).current;

  protected readonly audiences = EVENT_AUDIENCES;
  protected readonly locales = SUPPORTED_LOCALES;
  protected readonly titleMax = EVENT_TITLE_MAX_LENGTH;
  protected readonly descriptionMax = EVENT_DESCRIPTION_MAX_LENGTH;
  protected readonly hoursMax = MIN_DECISION_MAX_HOURS;
  protected readonly closesMax = REGISTRATION_CLOSES_MAX_MINUTES;

  protected readonly draft = signal<EventDraft>(emptyEventDraft());
  protected readonly problems = signal<EventDraftProblems>({});
  /** The server refused for a reason that is no single field's. */
  protected readonly problem = signal<EventProblem | null>(null);
  /** Server: the room holds fewer people (its capacity, from the answer). */
  private readonly serverRoomCapacity = signal<number | null>(null);
  protected readonly languageToAdd = signal<Locale | ''>('');

  protected readonly choice = computed<BookingChoice | null>(
    () => this.store.choices().find((c) => c.bookingId === this.draft().bookingId) ?? null,
  );
  protected readonly roomCapacity = computed(() => {
    const choice = this.choice();
    return this.serverRoomCapacity() ?? (choice ? this.store.roomCapacity(choice.roomId) : null);
  });
  protected readonly addable = computed(() => addableTextLocales(this.draft()));
  protected readonly summaryItems = computed<FormErrorItem[]>(() => {
    const problems = this.problems();
    const items: FormErrorItem[] = [];
    const push = (key: string, targetId: string): void => {
      if (problems[key]) items.push({ targetId, text: this.errorText(key) });
    };
    push('bookingId', this.bookingControlId());
    for (const text of this.draft().texts) {
      push(`title.${text.locale}`, `event-title-${text.locale}`);
      push(`description.${text.locale}`, `event-description-${text.locale}`);
    }
    for (const field of SIMPLE_FIELDS) push(field, CONTROL_IDS[field]);
    return items;
  });

  private readonly summary = viewChild(FormErrorSummaryComponent);

  constructor() {
    void this.store.loadFormData();
  }

  protected isRtl(locale: Locale): boolean {
    return RTL_LOCALES.includes(locale);
  }

  protected languageName(locale: Locale): string {
    return this.transloco.translate(`events.vocabulary.languages.${locale}`);
  }

  protected choiceWhen(choice: BookingChoice): string {
    return formatWhen(
      (key, params) => this.transloco.translate(key, params),
      choice.startsAt,
      choice.endsAt,
      this.locale(),
    );
  }

  protected count(value: number): string {
    return formatCount(value, this.locale());
  }

  protected bookingControlId(): string {
    const first = this.store.choices()[0];
    return first ? `event-booking-${first.bookingId}` : 'event-booking-none';
  }

  protected errorKey(field: string, problem: EventDraftProblem): string {
    if (field === 'bookingId') {
      return problem === 'taken'
        ? 'bookingTaken'
        : problem === 'notEligible'
          ? 'bookingNotEligible'
          : 'booking';
    }
    if (field.startsWith('title.')) return problem === 'tooLong' ? 'titleTooLong' : 'titleRequired';
    if (field.startsWith('description.')) {
      return problem === 'tooLong' ? 'descriptionTooLong' : 'descriptionRequired';
    }
    if (field === 'capacity' && problem === 'aboveRoom') return 'capacityAboveRoom';
    return field;
  }

  protected errorText(field: string): string {
    const problem = this.problems()[field];
    if (!problem) return '';
    const locale = field.includes('.') ? (field.split('.')[1] as Locale) : null;
    const max = field.startsWith('title.')
      ? this.titleMax
      : field.startsWith('description.')
        ? this.descriptionMax
        : field === 'capacity'
          ? (this.roomCapacity() ?? 0)
          : field === 'minDecisionHours'
            ? this.hoursMax
            : this.closesMax;
    return this.transloco.translate(`events.form.errors.${this.errorKey(field, problem)}`, {
      language: locale ? this.languageName(locale) : '',
      max: this.count(max),
    });
  }

  protected describedBy(field: string, hint: string | null = null): string | null {
    const ids = [hint, this.problems()[field] ? `${this.errorId(field)}` : null].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : null;
  }

  protected errorId(field: string): string {
    return `event-error-${field.replace('.', '-')}`;
  }

  protected patch(changes: Partial<EventDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...changes }));
    if ('bookingId' in changes) this.serverRoomCapacity.set(null);
  }

  protected patchText(locale: Locale, changes: Partial<EventTextDraft>): void {
    this.draft.update((draft) => ({
      ...draft,
      texts: draft.texts.map((text) => (text.locale === locale ? { ...text, ...changes } : text)),
    }));
  }

  protected chooseAudience(value: string): void {
    if ((EVENT_AUDIENCES as readonly string[]).includes(value)) {
      this.patch({ audience: value as EventAudience });
    }
  }

  protected toggleSpoken(locale: Locale, checked: boolean): void {
    this.draft.update((draft) => {
      const spoken = new Set(draft.languagesSpoken);
      if (checked) spoken.add(locale);
      else spoken.delete(locale);
      return { ...draft, languagesSpoken: SUPPORTED_LOCALES.filter((l) => spoken.has(l)) };
    });
  }

  protected chooseLanguageToAdd(value: string): void {
    this.languageToAdd.set(
      (SUPPORTED_LOCALES as readonly string[]).includes(value) ? (value as Locale) : '',
    );
  }

  protected addText(): void {
    const locale = this.languageToAdd() || this.addable()[0];
    if (!locale || !this.addable().includes(locale)) return;
    this.draft.update((draft) => ({
      ...draft,
      texts: [...draft.texts, { locale, title: '', description: '' }],
    }));
    this.languageToAdd.set('');
    focusAfterRender(this.injector, () => document.getElementById(`event-title-${locale}`));
  }

  protected removeText(locale: Locale): void {
    if (locale === 'de') return;
    this.draft.update((draft) => ({
      ...draft,
      texts: draft.texts.filter((text) => text.locale !== locale),
    }));
    this.problems.update((problems) => {
      const rest = { ...problems };
      delete rest[`title.${locale}`];
      delete rest[`description.${locale}`];
      return rest;
    });
    focusAfterRender(this.injector, () => document.getElementById('event-add-language'));
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.busy() !== null) return;
    this.problem.set(null);
    const draft = this.draft();
    const problems = eventDraftProblems(draft, this.roomCapacity());
    this.problems.set(problems);
    if (Object.keys(problems).length > 0) {
      focusAfterRender(this.injector, () => this.summary()?.element());
      return;
    }
    try {
      const created = await this.store.create(eventRequestOf(draft));
      const title = created.title[this.locale()] || created.title.de;
      await this.router.navigate(['/raeume/veranstaltungen'], {
        state: { [EVENT_CREATED_STATE]: title },
      });
    } catch (error: unknown) {
      this.showServerProblem(error);
    }
  }

  private showServerProblem(error: unknown): void {
    const failure = profileFailureOf(error);
    const problem = eventProblemOf(failure);
    const fieldProblems: EventDraftProblems = {};
    if (problem === 'capacityExceedsRoom') {
      const details = (error as { error?: { details?: { roomCapacity?: unknown } } }).error
        ?.details;
      if (typeof details?.roomCapacity === 'number')
        this.serverRoomCapacity.set(details.roomCapacity);
      fieldProblems['capacity'] = 'aboveRoom';
    } else if (problem === 'eventExists') {
      fieldProblems['bookingId'] = 'taken';
      void this.store.loadFormData();
    } else if (problem === 'bookingNotEligible') {
      fieldProblems['bookingId'] = 'notEligible';
    } else if (problem === 'invalid') {
      for (const field of Object.keys(failure.fields)) {
        const key = SERVER_FIELDS[field.split('.')[0]];
        if (key) fieldProblems[key] = 'required';
      }
    }
    if (Object.keys(fieldProblems).length > 0) {
      this.problems.set(fieldProblems);
      focusAfterRender(this.injector, () => this.summary()?.element());
      return;
    }
    this.problem.set(problem);
    focusAfterRender(this.injector, () => document.getElementById('event-form-problem'));
  }
}
