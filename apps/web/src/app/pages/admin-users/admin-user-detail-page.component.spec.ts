import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { UserDetail } from '@zusammen/shared/contracts';
import de from '../../../../public/i18n/de.json';
import { AdminUserDetailPageComponent } from './admin-user-detail-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const URL = '/api/admin/users/u-leyla';

const LEYLA: UserDetail = {
  id: 'u-leyla',
  displayName: 'Leyla Haddad',
  email: 'volunteer2@demo.zusammenleben.invalid',
  roles: ['volunteer'],
  locale: 'ar',
  status: 'active',
  deskManaged: false,
  createdAt: '2026-11-01T10:00:00.000Z',
  lastSignInAt: null,
  phone: null,
  emailVerifiedAt: '2026-11-01T10:05:00.000Z',
  activeSessions: 2,
  createdBy: null,
};

describe('AdminUserDetailPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<AdminUserDetailPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = (selector: string): string | undefined =>
    el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const button = (name: string): HTMLButtonElement | undefined =>
    Array.from(el().querySelectorAll('button')).find(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() === name,
    );
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const checkbox = (role: string): HTMLInputElement =>
    el().querySelector(`input[type="checkbox"][value="${role}"]`) as HTMLInputElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        AdminUserDetailPageComponent,
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AdminUserDetailPageComponent);
    fixture.componentRef.setInput('id', 'u-leyla');
    fixture.autoDetectChanges();
    await stable();
    http.expectOne(URL).flush(LEYLA);
    await stable();
  });

  afterEach(() => http.verify());

  it('shows the account, the export link and the link to its audit entries', () => {
    expect(text('h1')).toBe('Leyla Haddad');
    expect(text('[data-testid="detail-status"]')).toBe('Aktiv');
    expect(text('[data-testid="detail-sessions"]')).toBe('Zurzeit: 2');
    const exportLink = el().querySelector('[data-testid="detail-export"]') as HTMLAnchorElement;
    expect(exportLink.getAttribute('href')).toBe('/api/admin/users/u-leyla/data-export');
    expect(exportLink.hasAttribute('download')).toBe(true);
    expect(el().querySelector('[data-testid="detail-audit-link"]')?.getAttribute('href')).toBe(
      '/verwaltung/protokoll?person=u-leyla',
    );
  });

  it('saves the roles as checked and announces it', async () => {
    const save = button('Rollen speichern') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    checkbox('staff').click();
    await stable();
    save.click();
    const request = http.expectOne(`${URL}/roles`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ roles: ['staff', 'volunteer'] });
    request.flush({ ...LEYLA, roles: ['staff', 'volunteer'] });
    await stable();

    expect(text('[data-testid="detail-live"]')).toBe(
      'Die Rollen von Leyla Haddad sind gespeichert.',
    );
    expect(text('[data-testid="detail-roles"]')).toBe('Koordinierungsstelle, Patin oder Pate');
  });

  it('explains why the last admin keeps the role', async () => {
    checkbox('admin').click();
    await stable();
    button('Rollen speichern')?.click();
    http
      .expectOne(`${URL}/roles`)
      .flush({ code: 'LAST_ADMIN', message: 'x' }, { status: 409, statusText: 'Conflict' });
    await stable();

    expect(text('[data-testid="detail-problem"]')).toBe(de.adminUsers.problems.lastAdmin);
  });

  it('deactivates only after the confirm step that names the person', async () => {
    const trigger = button('Leyla Haddad sperren') as HTMLButtonElement;
    trigger.click();
    await stable();
    const heading = el().querySelector('[data-testid="confirm-deactivate"] h3');
    expect(heading?.textContent?.trim()).toBe('Leyla Haddad wirklich sperren?');
    expect(document.activeElement).toBe(heading);

    button('Abbrechen')?.click();
    await stable();
    http.expectNone(`${URL}/deactivate`);
    expect(document.activeElement).toBe(button('Leyla Haddad sperren'));

    button('Leyla Haddad sperren')?.click();
    await stable();
    button('Ja, sperren')?.click();
    const request = http.expectOne(`${URL}/deactivate`);
    expect(request.request.method).toBe('POST');
    request.flush({ ...LEYLA, status: 'deactivated', activeSessions: 0 });
    await stable();

    expect(text('[data-testid="detail-live"]')).toBe(
      'Leyla Haddad ist gesperrt und auf allen Geräten abgemeldet.',
    );
    expect(text('[data-testid="detail-status"]')).toBe('Gesperrt');
    expect(document.activeElement).toBe(button('Leyla Haddad wieder freigeben'));

    button('Leyla Haddad wieder freigeben')?.click();
    http.expectOne(`${URL}/reactivate`).flush(LEYLA);
    await stable();
    expect(text('[data-testid="detail-status"]')).toBe('Aktiv');
  });

  it('ends all sessions and shows the new count', async () => {
    button('Auf allen Geräten abmelden')?.click();
    http.expectOne(`${URL}/sessions/revoke`).flush(null, { status: 204, statusText: '' });
    await stable();
    http.expectOne(URL).flush({ ...LEYLA, activeSessions: 0 });
    await stable();

    expect(text('[data-testid="detail-sessions"]')).toBe('Zurzeit: 0');
    expect(text('[data-testid="detail-live"]')).toBe(
      'Leyla Haddad ist auf allen Geräten abgemeldet.',
    );
  });

  it('erases only with the typed confirmation word', async () => {
    button('Konto von Leyla Haddad löschen …')?.click();
    await stable();
    const panel = el().querySelector('[data-testid="confirm-erase"]') as HTMLElement;
    expect(panel.textContent).toContain(de.privacy.keeps['audit-log']);
    const input = el().querySelector('#erase-word') as HTMLInputElement;
    input.value = 'ja';
    input.dispatchEvent(new Event('input'));
    button('Konto von Leyla Haddad endgültig löschen')?.click();
    await stable();
    http.expectNone(`${URL}/erase`);
    expect(text('#erase-word-error')).toBe('Bitte geben Sie genau „LÖSCHEN“ ein.');

    input.value = ' löschen ';
    input.dispatchEvent(new Event('input'));
    button('Konto von Leyla Haddad endgültig löschen')?.click();
    http.expectOne(`${URL}/erase`).flush(null, { status: 204, statusText: '' });
    await stable();
    http
      .expectOne(URL)
      .flush({ ...LEYLA, displayName: '—', status: 'erased', email: null, roles: [] });
    await stable();

    expect(text('[data-testid="detail-live"]')).toBe('Das Konto von Leyla Haddad ist gelöscht.');
    expect(text('[data-testid="detail-status"]')).toBe('Gelöscht');
    expect(button('Rollen speichern')).toBeUndefined();
  });

  it('still confirms the erasure when the erased account cannot be read any more', async () => {
    button('Konto von Leyla Haddad löschen …')?.click();
    await stable();
    const input = el().querySelector('#erase-word') as HTMLInputElement;
    input.value = 'LÖSCHEN';
    input.dispatchEvent(new Event('input'));
    button('Konto von Leyla Haddad endgültig löschen')?.click();
    http.expectOne(`${URL}/erase`).flush(null, { status: 204, statusText: '' });
    await stable();
    http.expectOne(URL).flush({ code: 'NOT_FOUND', message: '' }, { status: 404, statusText: '' });
    await stable();

    expect(text('[data-testid="detail-live"]')).toBe('Das Konto von Leyla Haddad ist gelöscht.');
  });
});
