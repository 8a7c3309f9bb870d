import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { SessionResponse } from '@zusammen/shared/contracts';
import { ACCOUNT_ROUTES, AUTH_ROUTES } from '@zusammen/shared/contracts';
import { SessionStore } from '@zusammen/web/core';
import de from '../../../../public/i18n/de.json';
import { SignInPageComponent } from './sign-in-page.component';

@Component({ selector: 'zl-blank', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class BlankComponent {}

const STAFF_SESSION: SessionResponse = {
  user: {
    id: '0f5a3c1e-2b8d-4e0a-9c6f-7d1e2a3b4c5d',
    displayName: 'Martina Terhorst',
    email: 'staff@demo.zusammenleben.invalid',
    roles: ['staff'],
    locale: 'de',
  },
  expiresAt: '2026-12-01T12:00:00.000Z',
};

let http: HttpTestingController;
let harness: RouterTestingHarness;
const el = (): HTMLElement => harness.routeNativeElement as HTMLElement;
const input = (id: string): HTMLInputElement => el().querySelector(`#${id}`) as HTMLInputElement;
const submitButton = (): HTMLButtonElement =>
  el().querySelector('button[type="submit"]') as HTMLButtonElement;
const alertText = (): string => el().querySelector('[role="alert"]')?.textContent?.trim() ?? '';
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function type(id: string, value: string): void {
  const field = input(id);
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

async function submit(): Promise<void> {
  el()
    .querySelector('form')
    ?.dispatchEvent(new Event('submit', { cancelable: true }));
  await harness.fixture.whenStable();
}

async function open(url: string): Promise<void> {
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
      provideRouter(
        [
          { path: 'anmelden', component: SignInPageComponent },
          { path: '**', component: BlankComponent },
        ],
        withComponentInputBinding(),
      ),
    ],
  });
  http = TestBed.inject(HttpTestingController);
  harness = await RouterTestingHarness.create(url);
}

async function failWith(code: string | null, status: number): Promise<void> {
  type('sign-in-email', 'staff@demo.zusammenleben.invalid');
  type('sign-in-password', 'falsch');
  await submit();
  const request = http.expectOne(AUTH_ROUTES.signIn);
  if (code === null) {
    request.error(new ProgressEvent('error'));
  } else {
    request.flush({ code, message: code }, { status, statusText: '' });
  }
  await settle();
  await harness.fixture.whenStable();
}

describe('SignInPageComponent', () => {
  afterEach(() => http.verify());

  it('labels its fields for password managers and shows no demo passwords', async () => {
    await open('/anmelden');

    expect(el().querySelector('label[for="sign-in-email"]')?.textContent?.trim()).toBe(
      'E-Mail-Adresse',
    );
    expect(input('sign-in-email').getAttribute('autocomplete')).toBe('username');
    expect(input('sign-in-password').getAttribute('autocomplete')).toBe('current-password');
    expect(input('sign-in-password').type).toBe('password');
    expect(el().textContent).not.toMatch(/demo|Borken-Demo/i);
    expect(submitButton().disabled).toBe(false);
    expect(alertText()).toBe('');
  });

  it('shows the password on request and says so with aria-pressed', async () => {
    await open('/anmelden');
    const toggle = el().querySelector('button[aria-controls="sign-in-password"]') as HTMLElement;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    toggle.click();
    await harness.fixture.whenStable();

    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(input('sign-in-password').type).toBe('text');
  });

  it('asks for empty fields without calling the API', async () => {
    await open('/anmelden');

    await submit();

    expect(el().querySelector('#sign-in-email-missing')?.textContent?.trim()).toBe(
      'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    );
    expect(input('sign-in-email').getAttribute('aria-describedby')).toBe('sign-in-email-missing');
    expect(input('sign-in-email').getAttribute('aria-invalid')).toBe('true');
    expect(input('sign-in-password').getAttribute('aria-describedby')).toBe(
      'sign-in-password-missing',
    );
  });

  it('disables the submit button only while sending', async () => {
    await open('/anmelden');
    type('sign-in-email', 'staff@demo.zusammenleben.invalid');
    type('sign-in-password', 'falsch');

    await submit();
    expect(submitButton().disabled).toBe(true);
    expect(submitButton().textContent?.trim()).toBe('Anmeldung läuft …');

    http
      .expectOne(AUTH_ROUTES.signIn)
      .flush({ code: 'INVALID_CREDENTIALS', message: '' }, { status: 401, statusText: '' });
    await settle();
    await harness.fixture.whenStable();
    expect(submitButton().disabled).toBe(false);
  });

  it('explains wrong credentials in the alert region the fields point to', async () => {
    await open('/anmelden');

    await failWith('INVALID_CREDENTIALS', 401);

    expect(alertText()).toBe(de.signIn.errors.invalidCredentials);
    expect(el().querySelector('[role="alert"]')?.id).toBe('sign-in-error');
    expect(input('sign-in-email').getAttribute('aria-describedby')).toBe('sign-in-error');
    expect(input('sign-in-password').getAttribute('aria-describedby')).toBe('sign-in-error');
    expect(input('sign-in-password').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input('sign-in-password'));
  });

  it('says to try again later when the account is locked', async () => {
    await open('/anmelden');

    await failWith('ACCOUNT_LOCKED', 423);

    expect(alertText()).toBe(de.signIn.errors.accountLocked);
    expect(alertText()).toContain('später noch einmal');
  });

  it('explains a network error', async () => {
    await open('/anmelden');

    await failWith(null, 0);

    expect(alertText()).toBe(de.signIn.errors.network);
  });

  it('returns to the page named in ?zurueck= after signing in', async () => {
    await open('/anmelden?zurueck=%2Fraeume%3Ftag%3D1');
    expect(el().querySelector('[data-testid="sign-in-return-note"]')).not.toBeNull();
    type('sign-in-email', 'staff@demo.zusammenleben.invalid');
    type('sign-in-password', 'richtig');

    await submit();
    http.expectOne(AUTH_ROUTES.signIn).flush(STAFF_SESSION);
    await settle();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/raeume?tag=1');
    expect(TestBed.inject(SessionStore).user()?.displayName).toBe('Martina Terhorst');
  });

  it.each(['https://evil.example/konto', '//evil.example', '/\\evil.example'])(
    'goes to /konto instead of the foreign address %p',
    async (target) => {
      await open(`/anmelden?zurueck=${encodeURIComponent(target)}`);
      expect(el().querySelector('[data-testid="sign-in-return-note"]')).toBeNull();
      type('sign-in-email', 'staff@demo.zusammenleben.invalid');
      type('sign-in-password', 'richtig');

      await submit();
      http.expectOne(AUTH_ROUTES.signIn).flush(STAFF_SESSION);
      await settle();

      expect(TestBed.inject(Router).url).toBe('/konto');
    },
  );

  it('links to the forgotten-password and sign-up pages', async () => {
    await open('/anmelden');

    expect(el().querySelector('a[href="/passwort-vergessen"]')?.textContent?.trim()).toBe(
      de.signInHelp.forgotPassword,
    );
    expect(el().querySelector('a[href="/registrieren"]')?.textContent?.trim()).toBe(
      de.signInHelp.signUp,
    );
  });

  it('prefills the address from ?email=', async () => {
    await open('/anmelden?email=layla%40example.org');

    expect(input('sign-in-email').value).toBe('layla@example.org');
  });

  it('explains an unconfirmed address and sends the confirmation mail again', async () => {
    await open('/anmelden');

    await failWith('EMAIL_NOT_VERIFIED', 403);

    expect(alertText()).toBe(de.signInHelp.emailNotVerified);
    expect(input('sign-in-password').getAttribute('aria-invalid')).toBe('false');
    const resend = el().querySelector('.sign-in__resend button') as HTMLButtonElement;
    expect(resend.textContent?.trim()).toBe(de.signInHelp.resend);
    expect(document.activeElement).toBe(resend);

    resend.click();
    await harness.fixture.whenStable();
    const request = http.expectOne(ACCOUNT_ROUTES.resendVerification);
    expect(request.request.body).toEqual({ email: 'staff@demo.zusammenleben.invalid' });
    request.flush(null, { status: 202, statusText: 'Accepted' });
    await settle();
    await harness.fixture.whenStable();

    expect(el().querySelector('[role="status"]')?.textContent?.trim()).toBe(de.signInHelp.resent);
  });
});
