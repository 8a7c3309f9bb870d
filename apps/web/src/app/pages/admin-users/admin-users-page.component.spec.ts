import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { UserDetail, UserSummary } from '@zusammen/shared/contracts';
import { ADMIN_USER_ROUTES } from '@zusammen/shared/contracts';
import de from '../../../../public/i18n/de.json';
import { ADMIN_USERS_PAGE_SIZE, AdminUsersPageComponent } from './admin-users-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const LEYLA: UserSummary = {
  id: 'u-leyla',
  displayName: 'Leyla Haddad',
  email: 'volunteer2@demo.zusammenleben.invalid',
  roles: ['volunteer', 'staff'],
  locale: 'ar',
  status: 'active',
  deskManaged: false,
  createdAt: '2026-11-01T10:00:00.000Z',
  lastSignInAt: '2026-11-26T14:05:00.000Z',
};
const YUSUF: UserSummary = {
  ...LEYLA,
  id: 'u-yusuf',
  displayName: 'Yusuf Hamdan',
  email: null,
  roles: ['resident'],
  status: 'deactivated',
  deskManaged: true,
  lastSignInAt: null,
};

describe('AdminUsersPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<AdminUsersPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = (selector: string): string | undefined =>
    el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const button = (name: string): HTMLButtonElement =>
    Array.from(el().querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === name,
    ) as HTMLButtonElement;
  const type = (id: string, value: string): void => {
    const input = el().querySelector(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const choose = (id: string, value: string): void => {
    const select = el().querySelector(`#${id}`) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
  };
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const listRequest = () =>
    http.expectOne(
      (request) => request.url === ADMIN_USER_ROUTES.users && request.method === 'GET',
    );

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        AdminUsersPageComponent,
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AdminUsersPageComponent);
    fixture.autoDetectChanges();
    await stable();
  });

  afterEach(() => http.verify());

  it('lists accounts with roles and status in words, each linking to its page', async () => {
    const first = listRequest();
    expect(first.request.params.get('limit')).toBe(String(ADMIN_USERS_PAGE_SIZE));
    expect(first.request.params.has('q')).toBe(false);
    first.flush({ items: [LEYLA, YUSUF], nextCursor: null });
    await stable();

    const headers = Array.from(el().querySelectorAll('thead th')).map((th) =>
      th.textContent?.trim(),
    );
    expect(headers).toEqual(['Name', 'E-Mail-Adresse', 'Rollen', 'Stand', 'Zuletzt angemeldet']);
    const rows = Array.from(el().querySelectorAll('[data-testid="user-row"]')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows[0]).toEqual([
      'Leyla Haddad',
      'volunteer2@demo.zusammenleben.invalid',
      'Patin oder Pate, Koordinierungsstelle',
      'Aktiv',
      '26.11.2026, 15:05',
    ]);
    expect(rows[1]).toEqual([
      'Yusuf Hamdan',
      'Keine E-Mail (Schalter)',
      'Teilnahme an den Angeboten',
      'Gesperrt',
      'Noch nie',
    ]);
    expect(el().querySelector('[data-testid="user-row"] a')?.getAttribute('href')).toBe(
      '/verwaltung/benutzer/u-leyla',
    );
    expect(el().querySelector('td')?.getAttribute('data-label')).toBe('E-Mail-Adresse');
    expect(text('[data-testid="users-status"]')).toBe('Gefundene Konten: 2');
  });

  it('searches with the text and the chosen filters', async () => {
    listRequest().flush({ items: [LEYLA, YUSUF], nextCursor: null });
    await stable();

    type('users-q', '  Leyla ');
    choose('users-role', 'volunteer');
    choose('users-status', 'active');
    button('Suchen').click();
    const search = listRequest();
    expect(search.request.params.get('q')).toBe('Leyla');
    expect(search.request.params.get('role')).toBe('volunteer');
    expect(search.request.params.get('status')).toBe('active');
    search.flush({ items: [], nextCursor: null });
    await stable();

    expect(el().querySelector('[data-testid="users-table"]')).toBeNull();
    expect(text('[data-testid="users-status"]')).toBe('Keine Konten gefunden.');
  });

  it('loads the next page with the cursor and the same filters', async () => {
    listRequest().flush({ items: [LEYLA], nextCursor: 'page-2' });
    await stable();

    button('Weitere Konten laden').click();
    const next = listRequest();
    expect(next.request.params.get('cursor')).toBe('page-2');
    next.flush({ items: [YUSUF], nextCursor: null });
    await stable();

    expect(el().querySelectorAll('[data-testid="user-row"]')).toHaveLength(2);
    expect(button('Weitere Konten laden')).toBeUndefined();
  });

  it('says so when the list cannot be loaded', async () => {
    listRequest().flush({ code: 'INTERNAL_ERROR', message: '' }, { status: 500, statusText: '' });
    await stable();

    expect(text('[role="alert"]')).toBe(de.adminUsers.loadFailed);
    button('Noch einmal laden').click();
    listRequest().flush({ items: [LEYLA], nextCursor: null });
    await stable();
    expect(el().querySelectorAll('[data-testid="user-row"]')).toHaveLength(1);
  });

  describe('creating an account', () => {
    beforeEach(async () => {
      listRequest().flush({ items: [], nextCursor: null });
      await stable();
    });

    const createRequest = () =>
      http.expectOne(
        (request) => request.url === ADMIN_USER_ROUTES.users && request.method === 'POST',
      );

    it('creates a staff account, says an invitation went out and refreshes the list', async () => {
      type('create-email', ' neu@borken.invalid ');
      type('create-name', 'Nina Neu');
      choose('create-locale', 'uk');
      button('Konto anlegen').click();
      await stable();

      const request = createRequest();
      expect(request.request.body).toEqual({
        email: 'neu@borken.invalid',
        displayName: 'Nina Neu',
        roles: ['staff'],
        locale: 'uk',
      });
      const created: UserDetail = {
        ...LEYLA,
        id: 'u-nina',
        displayName: 'Nina Neu',
        email: 'neu@borken.invalid',
        roles: ['staff'],
        status: 'unverified',
        phone: null,
        emailVerifiedAt: null,
        activeSessions: 0,
        createdBy: { id: 'a1', displayName: 'Sabine Hüsing' },
      };
      request.flush(created, { status: 201, statusText: 'Created' });
      await stable();
      listRequest().flush({ items: [created], nextCursor: null });
      await stable();

      expect(text('[data-testid="create-user-status"]')).toBe(
        'Das Konto von Nina Neu ist angelegt. Eine Einladung wurde per E-Mail gesendet. Konto von Nina Neu öffnen',
      );
      expect(el().querySelector('[data-testid="create-user-status"] a')?.getAttribute('href')).toBe(
        '/verwaltung/benutzer/u-nina',
      );
      expect((el().querySelector('#create-email') as HTMLInputElement).value).toBe('');
    });

    it('asks for at least one role before sending', async () => {
      type('create-email', 'neu@borken.invalid');
      type('create-name', 'Nina Neu');
      const staff = el().querySelector('input[type="checkbox"][value="staff"]') as HTMLInputElement;
      staff.click();
      button('Konto anlegen').click();
      await stable();

      expect(text('#create-role-error')).toBe(de.adminUsers.create.errors.roles.missing);
      expect(document.activeElement).toBe(
        el().querySelector('input[type="checkbox"][value="admin"]'),
      );
    });

    it('puts an address already in use at the email field', async () => {
      type('create-email', 'staff@demo.zusammenleben.invalid');
      type('create-name', 'Doppelt');
      button('Konto anlegen').click();
      await stable();
      createRequest().flush(
        { code: 'EMAIL_TAKEN', message: 'taken' },
        { status: 409, statusText: 'Conflict' },
      );
      await stable();

      const email = el().querySelector('#create-email') as HTMLInputElement;
      expect(email.getAttribute('aria-invalid')).toBe('true');
      expect(text('#create-email-error')).toBe(de.adminUsers.create.errors.email.taken);
      expect(document.activeElement).toBe(email);
    });

    it('shows 422 field errors at their fields', async () => {
      type('create-email', 'kein-at');
      type('create-name', 'Nina');
      button('Konto anlegen').click();
      await stable();
      createRequest().flush(
        { code: 'VALIDATION_FAILED', message: 'x', details: { email: ['email must be an email'] } },
        { status: 422, statusText: '' },
      );
      await stable();

      expect(text('#create-email-error')).toBe(de.adminUsers.create.errors.email.invalid);
    });
  });
});
