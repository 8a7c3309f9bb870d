import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { SessionResponse } from '@zusammen/shared/contracts';
import { ACCOUNT_ROUTES, AUTH_ROUTES, PASSWORD_MIN_LENGTH } from '@zusammen/shared/contracts';
import { SessionStore } from '@zusammen/web/core';
import de from '../../../../public/i18n/de.json';
import { ResetPasswordPageComponent } from './reset-password-page.component';

@Component({ selector: 'zl-blank', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class BlankComponent {}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const NEW_PASSWORD = 'Neuer Weg am Kanal 2026';

describe('ResetPasswordPageComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const el = (): HTMLElement => harness.routeNativeElement as HTMLElement;
  const password = (): HTMLInputElement =>
    el().querySelector('#reset-password') as HTMLInputElement;
  const text = (selector: string): string | undefined =>
    el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const stable = async (): Promise<void> => {
    await settle();
    await harness.fixture.whenStable();
  };
  const send = async (value: string): Promise<void> => {
    password().value = value;
    password().dispatchEvent(new Event('input'));
    (el().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await stable();
  };
  const answer = async (status: number, body: object | null): Promise<void> => {
    http.expectOne(ACCOUNT_ROUTES.confirmPasswordReset).flush(body, { status, statusText: '' });
    await stable();
  };

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
        provideRouter([
          { path: 'passwort-neu', component: ResetPasswordPageComponent },
          { path: '**', component: BlankComponent },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create(url);
  }

  afterEach(() => http.verify());

  it('keeps the token in memory only and gives the password rules', async () => {
    await open('/passwort-neu#token=reset_tok');

    expect(TestBed.inject(Location).path(true)).toBe('/passwort-neu');
    expect(password().autocomplete).toBe('new-password');
    expect(password().getAttribute('aria-describedby')).toBe('reset-password-hint');
    expect(text('#reset-password-hint')).toBe(
      de.resetPassword.hint.replace('{{min}}', String(PASSWORD_MIN_LENGTH)),
    );
  });

  it('sets the new password, ends the session here and leads to sign-in', async () => {
    await open('/passwort-neu#token=reset_tok');
    const session = TestBed.inject(SessionStore);
    const loading = session.load();
    http.expectOne(AUTH_ROUTES.session).flush({
      user: { id: 'u1', displayName: 'Layla', email: 'l@example.org', roles: [], locale: 'de' },
      expiresAt: '2026-12-01T12:00:00.000Z',
    } satisfies SessionResponse);
    await loading;

    await send(NEW_PASSWORD);
    const request = http.expectOne(ACCOUNT_ROUTES.confirmPasswordReset);
    expect(request.request.body).toEqual({ token: 'reset_tok', newPassword: NEW_PASSWORD });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await stable();

    const heading = el().querySelector('h2') as HTMLElement;
    expect(heading.textContent?.trim()).toBe(de.resetPassword.success.title);
    expect(document.activeElement).toBe(heading);
    expect(el().querySelector('[data-testid="reset-sign-in"]')?.getAttribute('href')).toBe(
      '/anmelden',
    );
    expect(session.isSignedIn()).toBe(false);
  });

  it('checks the length before sending', async () => {
    await open('/passwort-neu#token=reset_tok');

    await send('kurz');

    expect(password().getAttribute('aria-invalid')).toBe('true');
    expect(password().getAttribute('aria-describedby')).toBe(
      'reset-password-hint reset-password-error',
    );
    expect(text('#reset-password-error')).toContain(String(PASSWORD_MIN_LENGTH));
    expect(document.activeElement).toBe(password());
  });

  it('explains a weak password at the field', async () => {
    await open('/passwort-neu#token=reset_tok');
    await send(NEW_PASSWORD);

    await answer(422, { code: 'WEAK_PASSWORD', message: '', details: { newPassword: ['COMMON'] } });

    expect(text('#reset-password-error')).toBe(de.resetPassword.errors.password.tooCommon);
    expect(document.activeElement).toBe(password());
  });

  it.each([
    ['TOKEN_EXPIRED', de.resetPassword.expired.title],
    ['TOKEN_INVALID', de.resetPassword.invalid.title],
  ])('offers a new link after %s', async (code, title) => {
    await open('/passwort-neu#token=reset_tok');
    await send(NEW_PASSWORD);

    await answer(400, { code, message: '' });

    expect(text('h2')).toBe(title);
    expect(el().querySelector('a[href="/passwort-vergessen"]')).not.toBeNull();
    expect(el().querySelector('form')).toBeNull();
  });

  it('shows no form without a token', async () => {
    await open('/passwort-neu');

    expect(text('h2')).toBe(de.resetPassword.invalid.title);
    expect(el().querySelector('form')).toBeNull();
  });

  it('explains a lost connection and keeps the form', async () => {
    await open('/passwort-neu#token=reset_tok');
    await send(NEW_PASSWORD);
    http.expectOne(ACCOUNT_ROUTES.confirmPasswordReset).error(new ProgressEvent('error'));
    await stable();

    expect(text('[role="alert"]')).toBe(de.resetPassword.errors.network);
    expect(password().value).toBe(NEW_PASSWORD);
  });
});
