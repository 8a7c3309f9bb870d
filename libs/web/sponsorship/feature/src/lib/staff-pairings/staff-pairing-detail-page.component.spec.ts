import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PairingDetail } from '@zusammen/shared/contracts';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { ar, de, sponsorshipTranslocoTesting } from '../shared/sponsorship-i18n.testing';
import { todayInBorken } from '../staff-volunteers/today-in-borken';
import { pairingDetail } from './pairing-fixtures.testing';
import { StaffPairingDetailPageComponent } from './staff-pairing-detail-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.staffPairings;
const url = `${PAIRING_ROUTES.pairings}/p1`;

describe('StaffPairingDetailPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<StaffPairingDetailPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const text = (selector: string): string => clean(el().querySelector(selector)?.textContent);
  const all = (selector: string): HTMLElement[] => Array.from(el().querySelectorAll(selector));
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const action = (name: string): HTMLButtonElement =>
    el().querySelector(`[data-action="${name}"]`) as HTMLButtonElement;
  const type = (selector: string, value: string): void => {
    const field = el().querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  const pick = (selector: string, value: string): void => {
    const select = el().querySelector(selector) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
  };

  async function open(pairing: PairingDetail = pairingDetail()): Promise<void> {
    TestBed.configureTestingModule({
      imports: [StaffPairingDetailPageComponent, sponsorshipTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StaffPairingDetailPageComponent);
    fixture.componentRef.setInput('id', 'p1');
    fixture.autoDetectChanges();
    await stable();
    http.expectOne(url).flush(pairing);
    await stable();
  }
  afterEach(() => http.verify());

  it('shows both sides, the proposal, the dates and the trial counter', async () => {
    await open();
    expect(text('h1')).toBe('\u2068Amal Haddad\u2069 und \u2068Anna Terhorst\u2069');
    expect(text('[data-testid="detail-state"]')).toBe(`Stand: ${texts.states.trial}`);
    expect(text('[data-testid="detail-trial-meetings"]')).toBe('2 von 3');
    expect(all('[data-testid="detail-members"] li').map((li) => clean(li.textContent))).toEqual([
      `\u2068Amal\u2069, ${de.sponsorshipVocabulary.ageBands['27-64']}`,
      `\u2068Yusuf\u2069, ${de.sponsorshipVocabulary.ageBands['6-11']}`,
    ]);
    const page = clean(el().textContent);
    expect(page).toContain(de.sponsorshipVocabulary.contactChannels.phone);
    expect(el().querySelector('a[href="tel:+49 2861 12345"]')).not.toBeNull();
    expect(el().querySelector('a[href="mailto:anna@example.org"]')).not.toBeNull();
    expect(page).toContain('12 Monate');
    expect(page).toContain('Fassung Nr. 3');
    expect(text('[data-testid="detail-score"]')).toBe(`82 % — ${de.familyCandidates.fit.veryGood}`);
    expect(text('[data-testid="detail-override"]')).toBe(texts.detail.noOverride);
    // 14:00 UTC on 1 October is 16:00 in Borken (summer time).
    expect(text('[data-testid="detail-intro"]')).toContain('16:00');
    expect(text('[data-testid="detail-intro"]')).toContain('Haus der Begegnung');
  });

  it('tells the history oldest first, with who, reason words and notes', async () => {
    await open(
      pairingDetail({
        state: 'declined',
        allowedActions: [],
        history: [
          {
            from: 'offered',
            to: 'declined',
            action: 'decline',
            at: '2026-09-21T08:00:00.000Z',
            by: { id: 'v1', displayName: 'Anna Terhorst' },
            reason: 'distance',
            note: 'Zu weit mit dem Bus',
          },
          {
            from: null,
            to: 'offered',
            action: 'offer',
            at: '2026-09-20T08:00:00.000Z',
            by: null,
            reason: null,
            note: null,
          },
        ],
      }),
    );
    const items = all('[data-testid="detail-history"] > li');
    expect(items).toHaveLength(2);
    expect(clean(items[0].querySelector('.history__what')?.textContent)).toBe(
      `Neu: ${texts.states.offered} (${texts.historyActions.offer})`,
    );
    expect(clean(items[0].textContent)).toContain(texts.history.system);
    expect(clean(items[1].querySelector('.history__what')?.textContent)).toBe(
      `von „${texts.states.offered}“ zu „${texts.states.declined}“ (${texts.historyActions.decline})`,
    );
    expect(clean(items[1].textContent)).toContain(
      `${texts.history.reason} ${texts.declineReasons.distance}`,
    );
    expect(clean(items[1].textContent)).toContain('Zu weit mit dem Bus');
    expect(text('[data-testid="no-actions"]')).toBe(texts.noActions);
    expect(text('[data-testid="check-in-closed"]')).toBe(texts.detail.checkInClosed);
  });

  it('lists contacts newest first, marking staff-only notes and who entered them', async () => {
    await open();
    const items = all('[data-testid="check-in"]');
    expect(items.map((item) => clean(item.querySelector('h3')?.textContent))).toEqual([
      `20. Oktober 2026: ${texts.checkInKinds.phone} ${texts.checkIn.staffOnly}`,
      `8. Oktober 2026: ${texts.checkInKinds.meeting}`,
    ]);
    expect(clean(items[0].textContent)).toContain(
      'für die Familie, über die Koordination (\u2068Petra Koordination\u2069)',
    );
    expect(clean(items[0].textContent)).toContain(texts.checkIn.noPulse);
    expect(clean(items[1].textContent)).toContain(texts.pulse['4']);
    expect(clean(items[1].textContent)).toContain('90 Minuten');
    expect(items[1].querySelector('[data-testid="check-in-staff-only"]')).toBeNull();
  });

  it('offers one button per allowed action; a one-click action is sent, announced and focuses the state', async () => {
    await open();
    expect(all('[data-testid="pairing-action"]').map((b) => clean(b.textContent))).toEqual([
      texts.actions.confirm,
      texts.actions.end,
    ]);
    action('confirm').click();
    await stable();
    const request = http.expectOne(`${url}/transitions`);
    expect(request.request.body).toEqual({ action: 'confirm' });
    request.flush(
      pairingDetail({
        state: 'active',
        activeSince: '2026-11-26',
        allowedActions: ['pause', 'end'],
        trialMeetings: { done: 3, required: 3 },
      }),
    );
    await stable();
    expect(text('[data-testid="detail-live"]')).toBe(
      `Die Patenschaft ist bestätigt. Stand jetzt: ${texts.states.active}.`,
    );
    expect(document.activeElement).toBe(el().querySelector('[data-testid="detail-state"]'));
    expect(text('[data-testid="detail-state"]')).toBe(`Stand: ${texts.states.active}`);
    expect(action('pause')).not.toBeNull();
  });

  it('shows the API’s refusal (trial meetings missing) in an error summary that takes the focus', async () => {
    await open();
    action('confirm').click();
    await stable();
    http
      .expectOne(`${url}/transitions`)
      .flush(
        { code: 'TRIAL_MEETINGS_MISSING', message: 'need 3' },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();
    const summary = el().querySelector('[data-testid="action-problem"]') as HTMLElement;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(clean(summary.querySelector('li')?.textContent)).toBe(
      'Für die Bestätigung fehlen noch Treffen in der Probephase: 2 von 3 eingetragen.',
    );
    expect(document.activeElement).toBe(summary);
  });

  it('declining asks for a reason, and a note for "other", with an error summary linked to the fields', async () => {
    await open(pairingDetail({ state: 'offered', allowedActions: ['accept', 'decline'] }));
    action('decline').click();
    await stable();
    expect(action('decline').getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.id).toBe('action-decline-reason');

    (el().querySelector('[data-testid="action-submit"]') as HTMLButtonElement).click();
    await stable();
    const link = el().querySelector('[data-testid="action-problem"] a') as HTMLAnchorElement;
    expect(clean(link.textContent)).toBe(texts.fieldErrors.declineReason.required);
    expect(link.getAttribute('href')).toBe('#action-decline-reason');
    expect(el().querySelector('#action-decline-reason')?.getAttribute('aria-invalid')).toBe('true');

    pick('#action-decline-reason', 'other');
    (el().querySelector('[data-testid="action-submit"]') as HTMLButtonElement).click();
    await stable();
    expect(text('[data-testid="action-problem"] a')).toBe(texts.fieldErrors.note.required);

    type('#action-note', 'Familie ist umgezogen');
    (el().querySelector('[data-testid="action-submit"]') as HTMLButtonElement).click();
    await stable();
    const request = http.expectOne(`${url}/transitions`);
    expect(request.request.body).toEqual({
      action: 'decline',
      declineReason: 'other',
      note: 'Familie ist umgezogen',
    });
    request.flush(pairingDetail({ state: 'declined', allowedActions: [] }));
    await stable();
    expect(el().querySelector('[data-testid="action-form"]')).toBeNull();
    expect(text('[data-testid="detail-live"]')).toContain(texts.states.declined);
  });

  it('arranges the first meeting in Borken time', async () => {
    await open(
      pairingDetail({
        state: 'accepted',
        introAt: null,
        introPlace: null,
        allowedActions: ['decline', 'schedule_intro'],
      }),
    );
    action('schedule_intro').click();
    await stable();
    type('#action-intro-date', '2099-12-03');
    type('#action-intro-time', '17:30');
    type('#action-intro-place', 'Rathaus, Raum 2');
    (el().querySelector('[data-testid="action-submit"]') as HTMLButtonElement).click();
    await stable();
    expect(http.expectOne(`${url}/transitions`).request.body).toEqual({
      action: 'schedule_intro',
      introAt: '2099-12-03T16:30:00.000Z',
      introPlace: 'Rathaus, Raum 2',
    });
  });

  it('closes a form with "cancel" and returns the focus to its button', async () => {
    await open();
    action('end').click();
    await stable();
    expect(el().querySelector('[data-testid="action-form"]')).not.toBeNull();
    const cancel = Array.from(el().querySelectorAll('[data-testid="action-form"] button')).find(
      (b) => clean(b.textContent) === texts.cancel,
    ) as HTMLButtonElement;
    cancel.click();
    await stable();
    expect(el().querySelector('[data-testid="action-form"]')).toBeNull();
    expect(document.activeElement).toBe(action('end'));
  });

  it('records a contact for the family with a staff-only note, then reads the pairing again', async () => {
    await open();
    const today = todayInBorken();
    expect((el().querySelector('#check-in-date') as HTMLInputElement).value).toBe(today);
    (el().querySelector('[data-testid="check-in-submit"]') as HTMLButtonElement).click();
    await stable();
    const summary = el().querySelector('[data-testid="check-in-problem"]') as HTMLElement;
    expect(Array.from(summary.querySelectorAll('a')).map((a) => clean(a.textContent))).toEqual([
      texts.checkInForm.errors.kind.required,
      texts.checkInForm.errors.durationMinutes.required,
      texts.checkInForm.errors.topics.required,
    ]);
    expect(document.activeElement).toBe(summary);

    pick('#check-in-kind', 'meeting');
    type('#check-in-minutes', '60');
    (el().querySelector('#check-in-topics-german') as HTMLInputElement).click();
    (el().querySelectorAll('input[name="pulse"]')[2] as HTMLInputElement).click();
    type('#check-in-note', 'Mit Sprachmittlerin');
    (el().querySelector('#check-in-proxy') as HTMLInputElement).click();
    (el().querySelector('#check-in-staff-only') as HTMLInputElement).click();
    (el().querySelector('[data-testid="check-in-submit"]') as HTMLButtonElement).click();
    await stable();

    const post = http.expectOne(`${url}/check-ins`);
    expect(post.request.body).toEqual({
      occurredOn: today,
      kind: 'meeting',
      durationMinutes: 60,
      topics: ['german'],
      pulse: 2,
      note: 'Mit Sprachmittlerin',
      enteredBy: 'proxy',
      noteVisibility: 'staff_only',
    });
    post.flush({ id: 'c3' }, { status: 201, statusText: 'Created' });
    await stable();
    http.expectOne(url).flush(pairingDetail({ trialMeetings: { done: 3, required: 3 } }));
    await stable();
    expect(text('[data-testid="detail-live"]')).toBe(texts.done.checkIn);
    expect(text('[data-testid="detail-trial-meetings"]')).toBe('3 von 3');
    expect((el().querySelector('#check-in-minutes') as HTMLInputElement).value).toBe('');
  });

  it('explains a refused contact', async () => {
    await open();
    pick('#check-in-kind', 'phone');
    type('#check-in-minutes', '15');
    (el().querySelector('#check-in-topics-work') as HTMLInputElement).click();
    (el().querySelector('[data-testid="check-in-submit"]') as HTMLButtonElement).click();
    await stable();
    http
      .expectOne(`${url}/check-ins`)
      .flush(
        { code: 'CHECK_IN_NOT_ALLOWED', message: 'no' },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();
    expect(text('[data-testid="check-in-problem"] li')).toBe(texts.problems.checkInNotAllowed);
  });

  it('says when the pairing does not exist', async () => {
    TestBed.configureTestingModule({
      imports: [StaffPairingDetailPageComponent, sponsorshipTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StaffPairingDetailPageComponent);
    fixture.componentRef.setInput('id', 'p1');
    fixture.autoDetectChanges();
    await stable();
    http
      .expectOne(url)
      .flush({ code: 'PAIRING_NOT_FOUND', message: 'x' }, { status: 404, statusText: 'Not Found' });
    await stable();
    expect(text('h1')).toBe(texts.detail.notFound);
  });

  it('speaks Arabic', async () => {
    await open();
    await TestBed.inject(LocaleService).use('ar');
    await stable();
    expect(text('[data-testid="detail-state"]')).toBe(`المرحلة: ${ar.staffPairings.states.trial}`);
    expect(text('#actions-heading')).toBe(ar.staffPairings.actionsTitle);
  });
});
