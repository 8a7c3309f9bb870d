import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AUTH_ROUTES, PROFILE_ROUTES } from '@zusammen/shared/contracts';
import { SessionStore, requireSignedIn } from '@zusammen/web/core';
import de from '../../../../public/i18n/de.json';
import { AccountPageComponent } from './account-page.component';

@Component({ selector: 'zl-blank', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class BlankComponent {}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('AccountPageComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const el = (): HTMLElement => harness.routeNativeElement as HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'konto', component: AccountPageComponent, canActivate: [requireSignedIn] },
          { path: '**', component: BlankComponent },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/konto');
    await settle();
    http.expectOne(AUTH_ROUTES.session).flush({
      user: {
        id: '7c1d9e2f-3a4b-4c5d-8e6f-9a0b1c2d3e4f',
        displayName: 'Sabine Hüsing',
        email: null,
        roles: ['admin', 'staff'],
        locale: 'de',
      },
      expiresAt: '2026-12-01T12:00:00.000Z',
    });
    await navigation;
    http.expectOne(PROFILE_ROUTES.profile).flush({
      displayName: 'Sabine Hüsing',
      email: null,
      phone: null,
      locale: 'de',
    });
    await settle();
    await harness.fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows name, email and the roles in words', () => {
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Mein Konto');
    expect(el().querySelector('[data-testid="account-name"]')?.textContent?.trim()).toBe(
      'Sabine Hüsing',
    );
    expect(el().querySelector('[data-testid="account-email"]')?.textContent?.trim()).toBe(
      'Keine E-Mail-Adresse hinterlegt',
    );
    const roles = Array.from(el().querySelectorAll('[data-testid="account-roles"] li')).map((li) =>
      li.textContent?.trim(),
    );
    expect(roles).toEqual(['Administration', 'Koordinierungsstelle']);
  });

  it('offers the profile and the password form below the account details', () => {
    const headings = Array.from(el().querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(headings).toEqual([
      de.account.details,
      de.account.profile.title,
      de.account.password.title,
      de.privacy.title,
    ]);
  });

  it('signs out and leaves for the start page', async () => {
    (el().querySelector('main button, button.button') as HTMLButtonElement).click();
    http.expectOne(AUTH_ROUTES.signOut).flush(null, { status: 204, statusText: '' });
    await settle();
    await harness.fixture.whenStable();

    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('says so when signing out fails, and stays signed in', async () => {
    (el().querySelector('button.button') as HTMLButtonElement).click();
    http.expectOne(AUTH_ROUTES.signOut).error(new ProgressEvent('error'));
    await settle();
    await harness.fixture.whenStable();

    expect(el().querySelector('[role="alert"]')?.textContent?.trim()).toBe(de.layout.signOutFailed);
    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(true);
  });
});
