import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ACCOUNT_ROUTES } from '@zusammen/shared/contracts';
import de from '../../../../public/i18n/de.json';
import { ForgotPasswordPageComponent } from './forgot-password-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('ForgotPasswordPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ForgotPasswordPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const email = (): HTMLInputElement => el().querySelector('#forgot-email') as HTMLInputElement;
  const text = (selector: string): string | undefined =>
    el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const send = async (value: string): Promise<void> => {
    email().value = value;
    email().dispatchEvent(new Event('input'));
    (el().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ForgotPasswordPageComponent);
    fixture.autoDetectChanges();
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('marks the address as required in words', () => {
    expect(text('label[for="forgot-email"]')).toBe('E-Mail-Adresse (Pflichtangabe)');
    expect(email().autocomplete).toBe('username');
  });

  it.each([
    ['', de.forgotPassword.emailMissing],
    ['layla.example.org', de.forgotPassword.emailInvalid],
  ])('explains %p at the field without calling the API', async (value, message) => {
    await send(value);

    expect(email().getAttribute('aria-invalid')).toBe('true');
    expect(email().getAttribute('aria-describedby')).toBe('forgot-email-error');
    expect(text('#forgot-email-error')).toBe(message);
    expect(document.activeElement).toBe(email());
  });

  it('asks for a link and says the same whether the address is known or not', async () => {
    await send(' layla@example.org ');
    const request = http.expectOne(ACCOUNT_ROUTES.requestPasswordReset);
    expect(request.request.body).toEqual({ email: 'layla@example.org' });
    request.flush(null, { status: 202, statusText: 'Accepted' });
    await stable();

    const heading = el().querySelector('h2') as HTMLElement;
    expect(heading.textContent?.trim()).toBe(de.forgotPassword.sent.title);
    expect(document.activeElement).toBe(heading);
    expect(text('[data-testid="forgot-sent-to"]')).toBe('layla@example.org');
    expect(text('section')).toContain(de.forgotPassword.sent.text);
  });

  it('goes back to the form to enter another address', async () => {
    await send('layla@example.org');
    http
      .expectOne(ACCOUNT_ROUTES.requestPasswordReset)
      .flush(null, { status: 202, statusText: 'Accepted' });
    await stable();

    (el().querySelector('section button') as HTMLButtonElement).click();
    await stable();

    expect(email().value).toBe('layla@example.org');
    expect(document.activeElement).toBe(email());
  });

  it('explains rate limiting in the alert region', async () => {
    await send('layla@example.org');
    http
      .expectOne(ACCOUNT_ROUTES.requestPasswordReset)
      .flush({ code: 'TOO_MANY_REQUESTS', message: '' }, { status: 429, statusText: '' });
    await stable();

    expect(text('[role="alert"]')).toBe(de.forgotPassword.errors.tooManyRequests);
    expect(el().querySelector('h2')).toBeNull();
  });
});
