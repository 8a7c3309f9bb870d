import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { RoomSummary } from '@zusammen/shared/contracts';
import de from '../../../../public/i18n/de.json';
import { LandingPageComponent } from './landing-page.component';

const ROOMS: RoomSummary[] = [
  {
    id: '0b6f7c1e-2f5a-4a53-9d59-0f0c6f3c9a01',
    slug: 'grosser-saal',
    name: 'Großer Saal',
    capacity: 80,
    accessibility: ['step_free', 'hearing_loop', 'accessible_wc'],
    features: ['Beamer'],
  },
  {
    id: '0b6f7c1e-2f5a-4a53-9d59-0f0c6f3c9a02',
    slug: 'dachstudio',
    name: 'Dachstudio',
    capacity: 12,
    accessibility: [],
    features: [],
  },
];

describe('LandingPageComponent', () => {
  let fixture: ComponentFixture<LandingPageComponent>;
  let http: HttpTestingController;

  const el = (): HTMLElement => fixture.nativeElement;
  const text = (selector: string): string =>
    el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        LandingPageComponent,
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LandingPageComponent);
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  it('explains the three programmes, each under its own heading', async () => {
    http.expectOne('/api/rooms').flush(ROOMS);
    await fixture.whenStable();

    const headings = Array.from(el().querySelectorAll('.programme h3')).map((h) =>
      h.textContent?.trim(),
    );
    expect(headings).toEqual([
      'Patenschaften: Hilfe im Alltag',
      'Haus der Begegnung: ein Treffpunkt für alle',
      'Fahrradwerkstatt und Fahrradverleih',
    ]);
    expect(text('[data-testid="programme-bikes"]')).toContain(
      'AsylbLG, dem SGB II oder dem SGB XII',
    );
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Zusammenleben in Borken');
  });

  it('links the public programme of the Haus der Begegnung from its card', async () => {
    http.expectOne('/api/rooms').flush(ROOMS);
    await fixture.whenStable();

    const link = el().querySelector<HTMLAnchorElement>(
      '[data-testid="programme-community"] [data-testid="landing-programme-link"]',
    );
    expect(link?.getAttribute('href')).toBe('/programm');
    expect(link?.textContent?.trim()).toBe(de.events.landingLink);
  });

  it('announces loading politely, then lists the rooms with capacity and accessibility in words', async () => {
    const status = el().querySelector('[data-testid="rooms-status"]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(text('[data-testid="rooms-status"]')).toBe('Die Räume werden geladen …');

    const request = http.expectOne('/api/rooms');
    expect(request.request.method).toBe('GET');
    request.flush(ROOMS);
    await fixture.whenStable();

    const rooms = Array.from(el().querySelectorAll('[data-testid="room-list"] > li'));
    expect(rooms).toHaveLength(2);
    expect(rooms[0].querySelector('h3')?.textContent?.trim()).toBe('Großer Saal');
    expect(rooms[0].querySelector('h3 bdi')?.getAttribute('lang')).toBe('de');
    expect(rooms[0].textContent).toContain('Plätze');
    expect(rooms[0].textContent).toContain('80');
    expect(rooms[0].textContent).toContain('Ohne Stufen erreichbar');
    expect(rooms[0].textContent).toContain('Höranlage für Hörgeräte');
    expect(rooms[0].textContent).toContain('Barrierefreie Toilette');
    expect(rooms[1].textContent).toContain('Keine Hilfen für Barrierefreiheit eingetragen');
    expect(text('[data-testid="rooms-status"]')).toBe('Anzahl der Räume: 2');
  });

  it('says so when no rooms are listed', async () => {
    http.expectOne('/api/rooms').flush([]);
    await fixture.whenStable();

    expect(text('[data-testid="rooms-status"]')).toBe('Zurzeit sind keine Räume eingetragen.');
    expect(el().querySelector('[data-testid="room-list"]')).toBeNull();
  });

  it('keeps the page usable when the API fails, and can retry', async () => {
    http
      .expectOne('/api/rooms')
      .flush(
        { code: 'INTERNAL_ERROR', message: 'boom' },
        { status: 500, statusText: 'Server Error' },
      );
    await fixture.whenStable();

    expect(text('[data-testid="rooms-status"]')).toBe(de.landing.rooms.error);
    expect(el().querySelectorAll('.programme')).toHaveLength(3);

    const retry = el().querySelector<HTMLButtonElement>('button');
    expect(retry?.textContent?.trim()).toBe('Noch einmal laden');
    retry?.click();
    fixture.detectChanges();
    http.expectOne('/api/rooms').flush(ROOMS);
    await fixture.whenStable();

    expect(el().querySelectorAll('[data-testid="room-list"] > li')).toHaveLength(2);
    expect(el().querySelector('button')).toBeNull();
  });

  it('treats an unexpected answer (e.g. an HTML page) as an error', async () => {
    http.expectOne('/api/rooms').flush('<!doctype html><html></html>');
    await fixture.whenStable();

    expect(text('[data-testid="rooms-status"]')).toBe(de.landing.rooms.error);
  });
});
