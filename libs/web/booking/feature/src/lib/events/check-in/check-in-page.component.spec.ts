import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CheckInRow, SessionUser } from '@zusammen/shared/contracts';
import { CheckInStore } from '@zusammen/web/booking/data-access';
import { SessionStore } from '@zusammen/web/core';
import { eventFixture, futureOccurrence } from '../shared/event-fixtures.testing';
import { clean, de, eventsTranslocoTesting, settle } from '../shared/events-i18n.testing';
import { CheckInPageComponent } from './check-in-page.component';

const OCCURRENCE = futureOccurrence(0, { id: 'o1' });
const EVENT = eventFixture({ occurrences: [OCCURRENCE] });
const ROWS: CheckInRow[] = [
  {
    registrationId: 'r-zeynep',
    name: 'Zeynep Kaya',
    phone: null,
    partySize: 1,
    channel: 'web',
    status: 'confirmed',
    checkedInAt: null,
  },
  {
    registrationId: 'r-amal',
    name: 'Amal Haddad',
    phone: '0151 2345678',
    partySize: 3,
    channel: 'web',
    status: 'confirmed',
    checkedInAt: null,
  },
  {
    registrationId: 'r-yusuf',
    name: 'Yusuf Hamdan',
    phone: null,
    partySize: 1,
    channel: 'desk',
    status: 'requested',
    checkedInAt: null,
  },
];

describe('CheckInPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CheckInPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const rows = (): HTMLElement[] =>
    Array.from(el().querySelectorAll<HTMLElement>('[data-testid="check-in-row"]'));
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
    await settle();
  };

  async function open(roles: SessionUser['roles']): Promise<void> {
    TestBed.configureTestingModule({
      imports: [CheckInPageComponent, eventsTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), CheckInStore],
    });
    http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(SessionStore);
    jest.spyOn(session, 'roles').mockReturnValue(roles);
    fixture = TestBed.createComponent(CheckInPageComponent);
    fixture.componentRef.setInput('occurrenceId', 'o1');
    fixture.componentRef.setInput('veranstaltung', 'e1');
    await stable();
    http.expectOne('/api/events/occurrences/o1/check-in').flush(ROWS);
    http.expectOne('/api/events/e1').flush(EVENT);
    await stable();
  }

  afterEach(() => http.verify());

  it('lists the registered people by name with party size, and counts who is expected', async () => {
    await open(['organizer']);
    expect(rows().map((row) => clean(row.querySelector('.row__name bdi')?.textContent))).toEqual([
      'Amal Haddad',
      'Zeynep Kaya',
    ]);
    expect(clean(rows()[0].textContent)).toContain('Personen: 3');
    const counts = Array.from(el().querySelectorAll('[data-testid="check-in-counts"] div')).map(
      (pair) => [
        clean(pair.querySelector('dt')?.textContent),
        clean(pair.querySelector('dd')?.textContent),
      ],
    );
    expect(counts).toContainEqual([de.events.checkIn.expected, '4']);
    expect(counts).toContainEqual([de.events.checkIn.arrived, '0']);
    expect(clean(el().querySelector('[data-testid="check-in-title"]')?.textContent)).toBe(
      `${de.events.checkIn.title}: Sprachcafé`,
    );
    // requests wait for approval; organizers see no desk form (staff only)
    expect(clean(el().querySelector('[data-testid="check-in-requests"]')?.textContent)).toContain(
      'Yusuf Hamdan',
    );
    expect(el().querySelector('[data-testid="desk-form"]')).toBeNull();
  });

  it('checks a person in, says so and moves the focus to the next one', async () => {
    await open(['staff']);
    const amal = rows()[0];
    const button = amal.querySelector<HTMLButtonElement>('[data-testid="check-in-button"]');
    expect(button?.getAttribute('aria-label')).toContain('Amal Haddad');
    button?.click();
    await stable();
    const request = http.expectOne('/api/events/registrations/r-amal/check-in');
    expect(request.request.method).toBe('POST');
    request.flush({ ...ROWS[1], status: 'checked_in', checkedInAt: new Date().toISOString() });
    await stable();

    expect(rows()[0].getAttribute('data-status')).toBe('checked_in');
    expect(clean(el().querySelector('[data-testid="check-in-live"]')?.textContent)).toBe(
      'Amal Haddad ist da.',
    );
    expect(clean(el().querySelector('[data-testid="check-in-arrived"]')?.textContent)).toBe('3');
    expect(document.activeElement?.id).toBe('check-in-r-zeynep');
    expect(el().querySelector('[data-testid="desk-form"]')).not.toBeNull();
  });
});
