import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ProgrammeStore } from '@zusammen/web/booking/data-access';
import { LocaleService } from '@zusammen/web/core';
import { eventFixture, futureOccurrence } from '../shared/event-fixtures.testing';
import { ar, clean, de, eventsTranslocoTesting, settle } from '../shared/events-i18n.testing';
import { ProgrammePageComponent } from './programme-page.component';

const CAFE = eventFixture({
  occurrences: [futureOccurrence(2), futureOccurrence(9, { seatsFree: 0, seatsTaken: 10 })],
});
const SEWING = eventFixture({
  id: 'e2',
  title: { de: 'Nähcafé' },
  audience: 'women',
  languagesSpoken: ['fa'],
  waitlistEnabled: false,
  occurrences: [futureOccurrence(3, { id: 's3', eventId: 'e2', seatsFree: 0, seatsTaken: 10 })],
});

describe('ProgrammePageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ProgrammePageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const entries = (): HTMLElement[] =>
    Array.from(el().querySelectorAll<HTMLElement>('[data-testid="programme-entry"]'));
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ProgrammePageComponent, eventsTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        ProgrammeStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProgrammePageComponent);
    fixture.detectChanges();
    http.expectOne((r) => r.url === '/api/events/public').flush([CAFE, SEWING]);
    await stable();
  });

  afterEach(() => http.verify());

  it('lists the dates by day with time, room, accessibility and places in words', () => {
    expect(entries()).toHaveLength(3);
    expect(el().querySelectorAll('[data-testid="programme-day"] h2')).toHaveLength(3);
    const first = clean(entries()[0].textContent);
    expect(first).toContain('Sprachcafé');
    expect(first).toContain('Seminarraum');
    expect(first).toContain(de.events.vocabulary.accessibility.step_free);
    expect(first).toContain('Freie Plätze: 6');
    expect(entries()[0].querySelector('[data-state="free"] svg')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
    expect(clean(entries()[1].textContent)).toContain(de.events.seats.full);
    expect(clean(entries()[2].textContent)).toContain(de.events.seats.waitlist);
  });

  it('filters by audience and by a language spoken (from the address)', async () => {
    fixture.componentRef.setInput('fuer', 'women');
    await stable();
    expect(entries().map((e) => clean(e.querySelector('h3')?.textContent))).toEqual(['Nähcafé']);

    fixture.componentRef.setInput('fuer', undefined);
    fixture.componentRef.setInput('sprache', 'ar');
    await stable();
    expect(entries()).toHaveLength(2);

    fixture.componentRef.setInput('fuer', 'seniors');
    await stable();
    expect(entries()).toHaveLength(0);
    expect(clean(el().querySelector('[data-testid="programme-status"]')?.textContent)).toBe(
      de.events.programme.noneForFilter,
    );
  });

  it('shows Arabic titles to Arabic readers and marks the German fallback as German', async () => {
    await TestBed.inject(LocaleService).use('ar');
    await stable();
    const titles = entries().map((e) => e.querySelector('h3 a') as HTMLElement);
    expect(clean(titles[0].textContent)).toBe('مقهى اللغة');
    expect(titles[0].getAttribute('lang')).toBeNull();
    expect(clean(titles[1].textContent)).toBe('Nähcafé');
    expect(titles[1].getAttribute('lang')).toBe('de');
    expect(titles[1].getAttribute('dir')).toBe('ltr');
    expect(el().querySelector('[data-testid="programme-ics"]')?.getAttribute('href')).toBe(
      '/api/calendar/public.ics?lang=ar',
    );
    expect(clean(el().querySelector('h1')?.textContent)).toBe(ar.events.programme.title);
  });
});
