import { provideHttpClient } from '@angular/common/http';
import type { TestRequest } from '@angular/common/http/testing';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import type { CheckInRecord, PairingDetail } from '@zusammen/shared/contracts';
import { PAIRING_ROUTES, SponsorshipErrorCode } from '@zusammen/shared/contracts';
import { VolunteerPairingStore } from '@zusammen/web/sponsorship/data-access';
import { ar, de, sponsorshipTranslocoTesting } from '../shared/sponsorship-i18n.testing';
import { todayInBorken } from '../staff-volunteers/today-in-borken';
import { OFFERED_PAIRING, TRIAL_PAIRING } from './pairing-fixtures.testing';
import { VolunteerPairingPageComponent } from './volunteer-pairing-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.volunteerPairings;
const URL = `${PAIRING_ROUTES.myPairings}/p1`;
const clean = (value: string | null | undefined): string =>
  (value ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const TODAY = todayInBorken();
function daysAgo(days: number): string {
  const day = new Date(`${TODAY}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days);
  return day.toISOString().slice(0, 10);
}
const longDay = (iso: string): string =>
  new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** A trial that started ten days ago (dates relative to today, so the date checks hold any day). */
const TRIAL: PairingDetail = {
  ...TRIAL_PAIRING,
  trialStartedOn: daysAgo(10),
  checkIns: TRIAL_PAIRING.checkIns.map((c) => ({ ...c, occurredOn: daysAgo(10) })),
};
const ACTIVE: PairingDetail = {
  ...TRIAL,
  state: 'active',
  activeSince: daysAgo(3),
  allowedActions: ['pause', 'end'],
  trialMeetings: { done: 3, required: 3 },
};

describe('VolunteerPairingPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<VolunteerPairingPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const $ = <T extends HTMLElement>(selector: string): T => el().querySelector(selector) as T;
  const text = (selector: string): string => clean($(selector)?.textContent);
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
    await settle();
  };
  const button = (name: string): HTMLButtonElement => {
    const found = Array.from(el().querySelectorAll('button')).find(
      (b) => clean(b.textContent) === name,
    );
    if (!found) throw new Error(`No button "${name}"`);
    return found;
  };
  const click = async (name: string): Promise<void> => {
    button(name).click();
    await stable();
  };
  const type = async (selector: string, value: string, event = 'input'): Promise<void> => {
    const control = $<HTMLInputElement>(selector);
    control.value = value;
    control.dispatchEvent(new Event(event));
    await stable();
  };
  const submitForm = async (selector: string): Promise<void> => {
    $<HTMLFormElement>(selector).dispatchEvent(new Event('submit', { cancelable: true }));
    await stable();
  };
  const summaryLinks = (selector: string): string[] =>
    Array.from(el().querySelectorAll(`${selector} a`)).map((a) => clean(a.textContent));

  async function open(answer: (req: TestRequest) => void): Promise<void> {
    fixture = TestBed.createComponent(VolunteerPairingPageComponent);
    fixture.componentRef.setInput('id', 'p1');
    fixture.autoDetectChanges();
    answer(http.expectOne(URL));
    await stable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [sponsorshipTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        VolunteerPairingStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('explains an offer in plain words: the family, what happens next and how to answer', async () => {
    await open((req) => req.flush(OFFERED_PAIRING));

    // Before the first meeting is arranged the family is not named, only its district.
    expect(text('h1')).toBe('Familie in Gemen');
    expect(text('#pairing-state-heading')).toBe('Stand: Vorschlag – Ihre Antwort fehlt');
    expect(text('[data-testid="pairing-state"] p')).toBe(texts.next.offered);
    expect(text('[data-testid="pairing-coordinator"]')).toBe(
      'Ihre Ansprechperson in der Koordination: Martina Terhorst',
    );
    // No contact details before the first meeting is arranged.
    expect($('[data-testid="pairing-contact"]')).toBeNull();

    // Each value, with its list items one per line.
    const family = Array.from(el().querySelectorAll('[data-testid="pairing-family"] dd')).map(
      (dd) => {
        const items = Array.from(dd.querySelectorAll('li'));
        return items.length > 0
          ? items.map((li) => clean(li.textContent)).join(' | ')
          : clean(dd.textContent);
      },
    );
    expect(family).toEqual([
      'Gemen',
      'Alter: 27 bis 64 Jahre | Alter: 6 bis 11 Jahre',
      'Arabisch (Muttersprache) | Deutsch (ein wenig)',
      'Schule und Hausaufgaben | Deutsch üben',
      '6 Monate',
    ]);

    expect(text('#pairing-actions-heading')).toBe(texts.actions.answerTitle);
    expect(button(texts.actions.accept.button).getAttribute('aria-describedby')).toBe(
      'pairing-accept-explain',
    );
    expect(text('#pairing-accept-explain')).toBe(texts.actions.accept.explain);
    expect(button(texts.actions.decline.open).getAttribute('aria-expanded')).toBe('false');
    expect($('[data-testid="check-in-form"]')).toBeNull();
    expect(text('[data-testid="pairing-history"] li')).toContain(texts.history.actions.offer);
  });

  it('accepts with one click, announces it and moves the focus to the new state', async () => {
    await open((req) => req.flush(OFFERED_PAIRING));

    await click(texts.actions.accept.button);
    const post = http.expectOne(`${URL}/transitions`);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ action: 'accept' });
    post.flush({ ...OFFERED_PAIRING, state: 'accepted', allowedActions: ['decline'] });
    await stable();

    expect(text('[data-testid="pairing-live"]')).toBe(texts.done.accept);
    expect(text('#pairing-state-heading')).toBe('Stand: Zugesagt');
    expect(document.activeElement?.id).toBe('pairing-state-heading');
    expect(text('[data-testid="pairing-state"] p')).toBe(texts.next.accepted);
  });

  it('asks for a note when the reason for declining is "other", then sends reason and note', async () => {
    await open((req) => req.flush(OFFERED_PAIRING));
    await click(texts.actions.decline.open);
    expect(button(texts.actions.decline.open).getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.id).toBe('pairing-decline-reason');

    await submitForm('#pairing-form-decline');
    http.expectNone(`${URL}/transitions`);
    expect(summaryLinks('#pairing-action-errors')).toEqual([texts.errors.declineReason.missing]);
    expect(document.activeElement?.id).toBe('pairing-action-errors');
    expect($('#pairing-decline-reason').getAttribute('aria-invalid')).toBe('true');

    await type('#pairing-decline-reason', 'other', 'change');
    expect(text('label[for="pairing-action-note"]')).toBe(texts.actions.decline.note);
    await submitForm('#pairing-form-decline');
    expect(summaryLinks('#pairing-action-errors')).toEqual([texts.errors.note.missing]);
    expect($('#pairing-action-note').getAttribute('aria-describedby')).toBe(
      'pairing-action-note-hint pairing-action-note-count pairing-action-note-error',
    );

    await type('#pairing-action-note', '  Wir ziehen nach Münster. ');
    await submitForm('#pairing-form-decline');
    const post = http.expectOne(`${URL}/transitions`);
    expect(post.request.body).toEqual({
      action: 'decline',
      declineReason: 'other',
      note: 'Wir ziehen nach Münster.',
    });
    post.flush({ ...OFFERED_PAIRING, state: 'declined', allowedActions: [] });
    await stable();

    expect(text('[data-testid="pairing-live"]')).toBe(texts.done.decline);
    expect(text('#pairing-state-heading')).toBe('Stand: Nicht zustande gekommen');
    expect($('[data-testid="pairing-actions"]')).toBeNull();
  });

  it('re-reads the pairing and says so when it changed meanwhile', async () => {
    await open((req) => req.flush(OFFERED_PAIRING));

    await click(texts.actions.accept.button);
    http
      .expectOne(`${URL}/transitions`)
      .flush(
        { code: SponsorshipErrorCode.PairingInvalidTransition, message: 'not allowed' },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();
    http.expectOne(URL).flush({ ...OFFERED_PAIRING, state: 'declined', allowedActions: [] });
    await stable();

    expect(text('[data-testid="pairing-stale"]')).toBe(texts.problems.changedMeanwhile);
    expect(text('#pairing-state-heading')).toBe('Stand: Nicht zustande gekommen');
    expect(document.activeElement?.id).toBe('pairing-state-heading');
  });

  it('shows other refusals below the actions, in words', async () => {
    await open((req) => req.flush(OFFERED_PAIRING));

    await click(texts.actions.accept.button);
    http
      .expectOne(`${URL}/transitions`)
      .flush(
        { code: SponsorshipErrorCode.CapacityExceeded, message: 'full' },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();

    expect(text('[data-testid="pairing-action-problem"]')).toBe(texts.problems.capacity);
    expect(document.activeElement?.id).toBe('pairing-action-problem');
    expect(text('#pairing-state-heading')).toBe('Stand: Vorschlag – Ihre Antwort fehlt');
  });

  it('shows date, time and place of the first meeting and the family’s contact', async () => {
    await open((req) =>
      req.flush({
        ...TRIAL_PAIRING,
        state: 'intro_scheduled',
        introAt: '2026-12-01T14:00:00.000Z',
        trialStartedOn: null,
        checkIns: [],
        allowedActions: ['decline'],
      }),
    );

    expect(text('[data-testid="pairing-state"] p')).toBe(texts.next.intro_scheduled);
    const intro = Array.from(el().querySelectorAll('[data-testid="pairing-intro"] dd')).map((dd) =>
      clean(dd.textContent),
    );
    expect(intro).toEqual([
      'Dienstag, 1. Dezember 2026 um 15:00 Uhr',
      'Haus der Begegnung, Raum 2',
    ]);
    const contact = Array.from(el().querySelectorAll('[data-testid="pairing-contact"] dd')).map(
      (dd) => clean(dd.textContent),
    );
    expect(contact).toEqual(['Amal', 'Telefon', '+49 2861 12 34']);
    expect($('[data-testid="pairing-contact"] a').getAttribute('href')).toBe('tel:+4928611234');
    expect($('[data-testid="check-in-form"]')).toBeNull();
  });

  it('shows the trial progress and the contacts logged so far', async () => {
    await open((req) => req.flush(TRIAL));

    expect(text('#pairing-state-heading')).toBe('Stand: Probephase');
    expect(text('[data-testid="trial-progress"]')).toBe('Bisher eingetragen: 1 von 3 Kontakten.');
    const entry = Array.from(el().querySelectorAll('[data-testid="check-in-list"] li p')).map((p) =>
      clean(p.textContent),
    );
    expect(entry).toEqual([
      `${longDay(daysAgo(10))}: Treffen, 90 Minuten`,
      'Gemacht: Schule und Hausaufgaben, Deutsch üben',
      'So lief es: gut',
      'Erstes Treffen, sehr nett.',
    ]);
  });

  it('names every missing answer of a contact before sending it', async () => {
    await open((req) => req.flush(TRIAL));
    expect($<HTMLInputElement>('#check-in-date').value).toBe(TODAY);
    expect($<HTMLInputElement>('#check-in-date').max).toBe(TODAY);
    expect($<HTMLInputElement>('#check-in-pulse-none').checked).toBe(true);

    await type('#check-in-date', daysAgo(11));
    await submitForm('[data-testid="check-in-form"] form');

    http.expectNone(`${URL}/check-ins`);
    expect(summaryLinks('#check-in-errors')).toEqual([
      `Der Tag darf nicht vor dem Beginn der Probephase liegen (${longDay(daysAgo(10))}).`,
      texts.errors.kind.missing,
      texts.errors.durationMinutes.missing,
      texts.errors.topics.missing,
    ]);
    expect(document.activeElement?.id).toBe('check-in-errors');
    expect($('#check-in-duration').getAttribute('aria-invalid')).toBe('true');

    // The summary's links lead to the controls.
    const links = el().querySelectorAll<HTMLAnchorElement>('#check-in-errors a');
    links[2].click();
    expect(document.activeElement?.id).toBe('check-in-duration');
  });

  it('logs a contact, shows it in the list and starts the form afresh', async () => {
    await open((req) => req.flush(TRIAL));

    await type('#check-in-date', daysAgo(2));
    $<HTMLInputElement>('#check-in-kind-phone').click();
    await type('#check-in-duration', '30');
    $<HTMLInputElement>('#check-in-topics-authorities').click();
    $<HTMLInputElement>('#check-in-pulse-2').click();
    await type('#check-in-note', 'Brief vom Jobcenter besprochen.');
    await submitForm('[data-testid="check-in-form"] form');

    const post = http.expectOne(`${URL}/check-ins`);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({
      occurredOn: daysAgo(2),
      kind: 'phone',
      durationMinutes: 30,
      topics: ['authorities'],
      pulse: 2,
      note: 'Brief vom Jobcenter besprochen.',
    });
    const record: CheckInRecord = {
      id: 'c2',
      occurredOn: daysAgo(2),
      kind: 'phone',
      durationMinutes: 30,
      topics: ['authorities'],
      pulse: 2,
      note: 'Brief vom Jobcenter besprochen.',
      noteVisibility: 'shared',
      enteredBy: 'volunteer',
      author: { id: 'u1', displayName: 'Vera Volk' },
      createdAt: `${TODAY}T10:00:00.000Z`,
    };
    post.flush(record, { status: 201, statusText: 'Created' });
    await stable();
    http.expectOne(URL).flush({
      ...TRIAL,
      checkIns: [record, ...TRIAL.checkIns],
      trialMeetings: { done: 2, required: 3 },
    });
    await stable();

    expect(text('[data-testid="check-in-saved"]')).toBe(
      `Danke! Der Kontakt vom ${longDay(daysAgo(2))} ist gespeichert.`,
    );
    const first = el().querySelector('[data-testid="check-in-list"] li p');
    expect(clean(first?.textContent)).toBe(`${longDay(daysAgo(2))}: Telefonat, 30 Minuten`);
    expect(text('[data-testid="trial-progress"]')).toBe('Bisher eingetragen: 2 von 3 Kontakten.');
    expect($<HTMLInputElement>('#check-in-duration').value).toBe('');
    expect($<HTMLInputElement>('#check-in-kind-phone').checked).toBe(false);
  });

  it('shows the server’s field errors of a contact at their fields', async () => {
    await open((req) => req.flush(TRIAL));
    $<HTMLInputElement>('#check-in-kind-meeting').click();
    await type('#check-in-duration', '60');
    $<HTMLInputElement>('#check-in-topics-german').click();
    await submitForm('[data-testid="check-in-form"] form');

    http.expectOne(`${URL}/check-ins`).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'invalid',
        details: { occurredOn: ['must not be before the trial'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();

    expect(summaryLinks('#check-in-errors')).toEqual([texts.errors.occurredOn.invalid]);
    expect(text('#check-in-occurredOn-error')).toBe(texts.errors.occurredOn.invalid);
  });

  it('pauses until a future day with a reason, and offers only the volunteer’s end reasons', async () => {
    await open((req) => req.flush(ACTIVE));
    expect(text('#pairing-actions-heading')).toBe(texts.actions.title);

    await click(texts.actions.end.open);
    const reasons = Array.from(
      el().querySelectorAll<HTMLOptionElement>('#pairing-end-reason option'),
    ).map((o) => o.value);
    expect(reasons).not.toContain('safeguarding');
    expect(reasons).toContain('family_independent');
    await click(texts.actions.cancel);
    expect(document.activeElement?.id).toBe('pairing-open-end');
    expect($('#pairing-form-end')).toBeNull();

    await click(texts.actions.pause.open);
    expect(document.activeElement?.id).toBe('pairing-pause-resume');
    await type('#pairing-pause-resume', TODAY);
    await submitForm('#pairing-form-pause');
    expect(summaryLinks('#pairing-action-errors')).toEqual([
      texts.errors.resumeOn.notFuture,
      texts.errors.note.missing,
    ]);

    const later = new Date(`${TODAY}T00:00:00Z`);
    later.setUTCDate(later.getUTCDate() + 30);
    const resumeOn = later.toISOString().slice(0, 10);
    await type('#pairing-pause-resume', resumeOn);
    await type('#pairing-action-note', 'Reha');
    await submitForm('#pairing-form-pause');
    const post = http.expectOne(`${URL}/transitions`);
    expect(post.request.body).toEqual({ action: 'pause', resumeOn, note: 'Reha' });
    post.flush({
      ...ACTIVE,
      state: 'paused',
      pausedUntil: resumeOn,
      allowedActions: ['resume', 'end'],
    });
    await stable();

    expect(text('[data-testid="pairing-live"]')).toBe(texts.done.pause);
    expect(text('[data-testid="pairing-state"] p')).toBe(
      `Die Patenschaft hat Pause, voraussichtlich bis ${longDay(resumeOn)}.`,
    );
    expect(button(texts.actions.resume.button)).toBeTruthy();
  });

  it('shows an ended pairing with its reason, its history and no actions', async () => {
    await open((req) =>
      req.flush({
        ...ACTIVE,
        state: 'ended',
        endedOn: '2027-05-31',
        endKind: 'planned',
        endReason: 'family_independent',
        allowedActions: [],
        history: [
          ...ACTIVE.history,
          {
            from: 'active',
            to: 'ended',
            action: 'end',
            at: '2027-05-31T10:00:00.000Z',
            by: { id: 'u1', displayName: 'Vera Volk' },
            reason: 'family_independent',
            note: 'Alles geschafft.',
          },
        ],
      }),
    );

    const state = Array.from(el().querySelectorAll('[data-testid="pairing-state"] p')).map((p) =>
      clean(p.textContent),
    );
    expect(state.slice(0, 3)).toEqual([
      'Die Patenschaft wurde am 31. Mai 2027 beendet.',
      'Grund: Die Familie kommt jetzt gut allein zurecht',
      texts.next.thanks,
    ]);
    expect($('[data-testid="pairing-actions"]')).toBeNull();
    expect($('[data-testid="check-in-form"]')).toBeNull();
    expect($('[data-testid="pairing-contact"]')).toBeNull();
    const last = Array.from(el().querySelectorAll('[data-testid="pairing-history"] li')).pop();
    expect(clean(last?.textContent)).toContain('Patenschaft beendet');
    expect(clean(last?.textContent)).toContain('Grund: Die Familie kommt jetzt gut allein zurecht');
    expect(clean(last?.textContent)).toContain('Alles geschafft.');
  });

  it('says when the pairing does not exist', async () => {
    await open((req) =>
      req.flush(
        { code: SponsorshipErrorCode.PairingNotFound, message: 'no' },
        { status: 404, statusText: 'Not Found' },
      ),
    );

    expect(text('h1')).toBe(texts.detail.notFound);
    expect($('a').getAttribute('href')).toBe('/patenschaft');
  });

  it('speaks Arabic when the volunteer reads Arabic', async () => {
    TestBed.inject(TranslocoService).setActiveLang('ar');
    await open((req) => req.flush(TRIAL));

    expect(text('#pairing-state-heading')).toBe(
      ar.volunteerPairings.detail.stateHeading.replace(
        '{{state}}',
        ar.volunteerPairings.states.trial,
      ),
    );
    expect(text('#check-in-heading')).toBe(ar.volunteerPairings.checkIn.title);
  });
});
