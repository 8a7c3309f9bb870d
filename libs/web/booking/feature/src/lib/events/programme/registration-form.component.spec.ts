import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { EventErrorCode } from '@zusammen/shared/contracts';
import { EventDetailStore } from '@zusammen/web/booking/data-access';
import { eventFixture, futureOccurrence } from '../shared/event-fixtures.testing';
import { clean, de, eventsTranslocoTesting, settle } from '../shared/events-i18n.testing';
import { RegistrationFormComponent } from './registration-form.component';

const OPEN = futureOccurrence(2, { id: 'o-open', seatsFree: 2, seatsTaken: 8 });
const CLOSED = futureOccurrence(5, { id: 'o-closed', registrationOpen: false });
const EVENT = eventFixture({ occurrences: [OPEN, CLOSED] });
const REGISTER_URL = '/api/events/occurrences/o-open/registrations';

describe('RegistrationFormComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<RegistrationFormComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const $ = <T extends HTMLElement>(selector: string): T => el().querySelector(selector) as T;
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
    await settle();
  };
  const submit = async (): Promise<void> => {
    $<HTMLFormElement>('form').dispatchEvent(new Event('submit', { cancelable: true }));
    await stable();
  };
  const party = async (size: string): Promise<void> => {
    const select = $<HTMLSelectElement>('#registration-party');
    select.value = size;
    select.dispatchEvent(new Event('change'));
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [RegistrationFormComponent, eventsTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        EventDetailStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RegistrationFormComponent);
    fixture.componentRef.setInput('event', EVENT);
    fixture.componentRef.setInput('occurrences', EVENT.occurrences);
    await stable();
  });

  afterEach(() => http.verify());

  it('preselects the only open date and offers closed dates only as information', () => {
    expect($<HTMLInputElement>('#registration-date-o-open').checked).toBe(true);
    expect($<HTMLInputElement>('#registration-date-o-closed').disabled).toBe(true);
    expect(clean($('button[type=submit]').textContent)).toBe(de.events.register.submit);
  });

  it('says a party larger than the free places goes on the waiting list, and labels the button so', async () => {
    await party('3');
    expect(clean($('[data-testid="registration-would-wait"]').textContent)).toContain(
      'Freie Plätze: nur noch 2',
    );
    expect(clean($('button[type=submit]').textContent)).toBe(de.events.register.submitWaitlist);
  });

  it('sends the same Idempotency-Key again after a network error, and a new one after success', async () => {
    await party('2');
    await submit();
    const first = http.expectOne(REGISTER_URL);
    expect(first.request.body).toEqual({ partySize: 2, waitlist: true });
    const key = first.request.headers.get('Idempotency-Key');
    expect(key).toBeTruthy();
    first.error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    await stable();
    expect(clean($('[data-testid="registration-problem"]').textContent)).toBe(
      de.events.problems.network,
    );

    await submit();
    const retry = http.expectOne(REGISTER_URL);
    expect(retry.request.headers.get('Idempotency-Key')).toBe(key);
    retry.flush({
      outcome: 'waitlisted',
      registrationId: null,
      waitlistEntryId: 'w1',
      position: 3,
    });
    await stable();

    const done = $('[data-testid="registration-done"]');
    expect(clean(done.textContent)).toContain('Warteliste an Platz 3');
    expect(done.closest('[role="status"]')).not.toBeNull();
    expect(document.activeElement).toBe(done);
    // The form makes way for the result; "another date" brings it back with a fresh key.
    expect(el().querySelector('[data-testid="registration-submit"]')).toBeNull();
    Array.from(el().querySelectorAll('button'))
      .find((b) => clean(b.textContent) === de.events.register.another)
      ?.click();
    await stable();
    await submit();
    const next = http.expectOne(REGISTER_URL);
    expect(next.request.headers.get('Idempotency-Key')).not.toBe(key);
    next.flush(
      { code: EventErrorCode.AlreadyRegistered, message: 'x' },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(clean($('[data-testid="registration-problem"]').textContent)).toContain(
      de.events.problems.alreadyRegistered,
    );
  });
});
