import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { DeskResident, Role } from '@zusammen/shared/contracts';
import { AUTH_ROUTES, DESK_ROUTES } from '@zusammen/shared/contracts';
import { SessionStore } from '@zusammen/web/core';
import de from '../../../../public/i18n/de.json';
import { DeskResidentsPageComponent } from './desk-residents-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const YUSUF: DeskResident = {
  id: 'r-yusuf',
  displayName: 'Yusuf Hamdan',
  phone: '+49 2861 1234',
  locale: 'ar',
  createdAt: '2026-11-20T09:00:00.000Z',
};

async function setUp(roles: Role[]) {
  TestBed.configureTestingModule({
    imports: [
      DeskResidentsPageComponent,
      TranslocoTestingModule.forRoot({
        langs: { de },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  const http = TestBed.inject(HttpTestingController);
  const loading = TestBed.inject(SessionStore).load();
  http.expectOne(AUTH_ROUTES.session).flush({
    user: {
      id: 's1',
      displayName: 'Martina Terhorst',
      email: 'staff@x.invalid',
      roles,
      locale: 'de',
    },
    expiresAt: '2026-12-01T12:00:00.000Z',
  });
  await loading;
  const fixture = TestBed.createComponent(DeskResidentsPageComponent);
  fixture.autoDetectChanges();
  await settle();
  return { http, fixture };
}

describe('DeskResidentsPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<DeskResidentsPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = (selector: string): string | undefined =>
    el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const button = (name: string): HTMLButtonElement | undefined =>
    Array.from(el().querySelectorAll('button')).find(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() === name,
    );
  const type = (id: string, value: string): void => {
    const input = el().querySelector(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const listRequest = () =>
    http.expectOne((r) => r.url === DESK_ROUTES.residents && r.method === 'GET');

  afterEach(() => http.verify());

  describe('as staff', () => {
    beforeEach(async () => {
      ({ http, fixture } = await setUp(['staff']));
      listRequest().flush({ items: [YUSUF] });
      await stable();
    });

    it('lists residents with phone and language, without the admin link', () => {
      const cells = Array.from(el().querySelectorAll('[data-testid="desk-row"] > *')).map((c) =>
        c.textContent?.replace(/\s+/g, ' ').trim(),
      );
      expect(cells.slice(0, 4)).toEqual([
        'Yusuf Hamdan',
        '+49 2861 1234',
        'العربية',
        '20.11.2026, 10:00',
      ]);
      expect(el().querySelector('[data-testid="desk-row"] a')).toBeNull();
    });

    it('searches by the typed text', async () => {
      type('desk-q', ' Yusuf ');
      button('Suchen')?.click();
      const search = listRequest();
      expect(search.request.params.get('q')).toBe('Yusuf');
      search.flush({ items: [] });
      await stable();
      expect(text('[data-testid="desk-list-status"]')).toBe(de.deskResidents.empty);
    });

    it('registers a person without phone, announces it and finds them', async () => {
      type('desk-name', '  Amina Yousef ');
      const select = el().querySelector('#desk-locale') as HTMLSelectElement;
      select.value = 'fa';
      select.dispatchEvent(new Event('change'));
      await stable();
      button('Registrieren')?.click();
      const request = http.expectOne((r) => r.url === DESK_ROUTES.residents && r.method === 'POST');
      expect(request.request.body).toEqual({ displayName: 'Amina Yousef', locale: 'fa' });
      const amina: DeskResident = {
        ...YUSUF,
        id: 'r-amina',
        displayName: 'Amina Yousef',
        phone: null,
        locale: 'fa',
      };
      request.flush(amina, { status: 201, statusText: 'Created' });
      await stable();
      const search = listRequest();
      expect(search.request.params.get('q')).toBe('Amina Yousef');
      search.flush({ items: [amina] });
      await stable();

      expect(text('[data-testid="desk-live"]')).toBe('Amina Yousef ist registriert.');
      expect(text('[data-testid="desk-row"] td')).toBe('Kein Telefon');
      expect((el().querySelector('#desk-name') as HTMLInputElement).value).toBe('');
    });

    it('asks for a name and shows a phone the server rejects at its field', async () => {
      button('Registrieren')?.click();
      await stable();
      expect(text('#desk-name-error')).toBe(de.deskResidents.form.errors.displayName);
      expect(document.activeElement).toBe(el().querySelector('#desk-name'));

      type('desk-name', 'Amina');
      type('desk-phone', 'abc');
      button('Registrieren')?.click();
      http
        .expectOne((r) => r.method === 'POST')
        .flush(
          { code: 'VALIDATION_FAILED', message: 'x', details: { phone: ['phone is invalid'] } },
          { status: 422, statusText: '' },
        );
      await stable();
      expect(text('#desk-phone-error')).toBe(de.deskResidents.form.errors.phone);
      expect(el().querySelector('#desk-name')?.getAttribute('aria-invalid')).toBe('false');
    });

    it('corrects a resident in the same form', async () => {
      button('Yusuf Hamdan bearbeiten')?.click();
      await stable();
      expect(text('#desk-form-heading')).toBe('Yusuf Hamdan bearbeiten');
      expect(document.activeElement).toBe(el().querySelector('#desk-form-heading'));
      expect((el().querySelector('#desk-phone') as HTMLInputElement).value).toBe('+49 2861 1234');

      type('desk-phone', '');
      button('Änderungen speichern')?.click();
      const request = http.expectOne(`${DESK_ROUTES.residents}/r-yusuf`);
      expect(request.request.method).toBe('PATCH');
      expect(request.request.body).toEqual({
        displayName: 'Yusuf Hamdan',
        locale: 'ar',
        phone: '',
      });
      request.flush({ ...YUSUF, phone: null });
      await stable();
      listRequest().flush({ items: [{ ...YUSUF, phone: null }] });
      await stable();

      expect(text('[data-testid="desk-live"]')).toBe(
        'Die Angaben von Yusuf Hamdan sind gespeichert.',
      );
      expect(text('#desk-form-heading')).toBe(de.deskResidents.form.title);
    });
  });

  it('offers admins the way to the account page', async () => {
    ({ http, fixture } = await setUp(['admin']));
    listRequest().flush({ items: [YUSUF] });
    await stable();

    const link = el().querySelector('[data-testid="desk-row"] a');
    expect(link?.textContent?.trim()).toBe('Konto von Yusuf Hamdan verwalten');
    expect(link?.getAttribute('href')).toBe('/verwaltung/benutzer/r-yusuf');
  });
});
