import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ACCOUNT_ROUTES } from '@zusammen/shared/contracts';
import de from '../../../../public/i18n/de.json';
import { VerifyEmailPageComponent } from './verify-email-page.component';

@Component({ selector: 'zl-blank', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class BlankComponent {}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('VerifyEmailPageComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const el = (): HTMLElement => harness.routeNativeElement as HTMLElement;
  const text = (selector: string): string | undefined =>
    el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const stable = async (): Promise<void> => {
    await settle();
    await harness.fixture.whenStable();
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
          { path: 'e-mail-bestaetigen', component: VerifyEmailPageComponent },
          { path: '**', component: BlankComponent },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create(url);
  }

  async function answer(status: number, body: object | null): Promise<void> {
    http.expectOne(ACCOUNT_ROUTES.verifyEmail).flush(body, { status, statusText: '' });
    await stable();
  }

  afterEach(() => http.verify());

  it('sends the token from the fragment and removes it from the address bar', async () => {
    await open('/e-mail-bestaetigen#token=tok_123-ABC');

    const request = http.expectOne(ACCOUNT_ROUTES.verifyEmail);
    expect(request.request.body).toEqual({ token: 'tok_123-ABC' });
    expect(TestBed.inject(Location).path(true)).toBe('/e-mail-bestaetigen');
    expect(text('[role="status"]')).toBe(de.verifyEmail.verifying);
    request.flush({ email: 'layla@example.org' });
    await stable();
  });

  it('confirms and offers to sign in with the address prefilled', async () => {
    await open('/e-mail-bestaetigen#token=tok');
    await answer(200, { email: 'layla@example.org' });

    const heading = el().querySelector('h2') as HTMLElement;
    expect(heading.textContent?.trim()).toBe(de.verifyEmail.success.title);
    expect(document.activeElement).toBe(heading);
    const link = el().querySelector('[data-testid="verify-email-sign-in"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/anmelden?email=layla@example.org');
    expect(text('[role="status"]')).toBe('');
  });

  it('offers a new mail when the link has expired', async () => {
    await open('/e-mail-bestaetigen#token=tok');
    await answer(400, { code: 'TOKEN_EXPIRED', message: 'Expired' });

    expect(text('h2')).toBe(de.verifyEmail.expired.title);
    const email = el().querySelector('#verify-resend-email') as HTMLInputElement;
    email.value = ' layla@example.org ';
    email.dispatchEvent(new Event('input'));
    (el().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();

    const resend = http.expectOne(ACCOUNT_ROUTES.resendVerification);
    expect(resend.request.body).toEqual({ email: 'layla@example.org' });
    resend.flush(null, { status: 202, statusText: 'Accepted' });
    await stable();
    expect(text('form [role="status"]')).toBe(de.verifyEmail.resent);
  });

  it('asks for the address before sending a new mail', async () => {
    await open('/e-mail-bestaetigen#token=tok');
    await answer(400, { code: 'TOKEN_EXPIRED', message: 'Expired' });

    (el().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await stable();

    const email = el().querySelector('#verify-resend-email') as HTMLInputElement;
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('verify-resend-email-error');
    expect(text('#verify-resend-email-error')).toBe(de.verifyEmail.emailMissing);
    expect(document.activeElement).toBe(email);
  });

  it('explains a used or unknown link and points to sign-in', async () => {
    await open('/e-mail-bestaetigen#token=tok');
    await answer(400, { code: 'TOKEN_INVALID', message: 'Invalid' });

    expect(text('h2')).toBe(de.verifyEmail.invalid.title);
    expect(el().querySelector('a[href="/anmelden"]')).not.toBeNull();
    expect(el().querySelector('a[href="/registrieren"]')).not.toBeNull();
  });

  it('calls nothing without a token', async () => {
    await open('/e-mail-bestaetigen');

    expect(text('h2')).toBe(de.verifyEmail.invalid.title);
    http.expectNone(ACCOUNT_ROUTES.verifyEmail);
  });

  it('tries again with the same token after a lost connection', async () => {
    await open('/e-mail-bestaetigen#token=tok');
    http.expectOne(ACCOUNT_ROUTES.verifyEmail).error(new ProgressEvent('error'));
    await stable();
    expect(text('.status--error')).toBe(de.verifyEmail.failed.network);

    (el().querySelector('section button') as HTMLButtonElement).click();
    await harness.fixture.whenStable();

    const again = http.expectOne(ACCOUNT_ROUTES.verifyEmail);
    expect(again.request.body).toEqual({ token: 'tok' });
    again.flush({ email: 'layla@example.org' });
    await stable();
    expect(text('h2')).toBe(de.verifyEmail.success.title);
  });

  it('goes to the sign-in page with the address', async () => {
    await open('/e-mail-bestaetigen#token=tok');
    await answer(200, { email: 'layla@example.org' });

    (el().querySelector('[data-testid="verify-email-sign-in"]') as HTMLAnchorElement).click();
    await stable();

    expect(TestBed.inject(Router).url).toBe('/anmelden?email=layla@example.org');
  });
});
