import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ACCOUNT_ROUTES, PASSWORD_MIN_LENGTH, SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import ar from '../../../../public/i18n/ar.json';
import de from '../../../../public/i18n/de.json';
import { SignUpPageComponent } from './sign-up-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const PASSWORD = 'Kanal und Fahrrad 2026';

describe('SignUpPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SignUpPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const input = (id: string): HTMLInputElement => el().querySelector(`#${id}`) as HTMLInputElement;
  const text = (selector: string): string | undefined =>
    el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const type = (id: string, value: string): void => {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
  };
  const tick = (id: string): void => {
    input(id).click();
  };
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const submit = async (): Promise<void> => {
    (el().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await stable();
  };
  const fillComplete = (): void => {
    type('sign-up-name', ' Layla Haddad ');
    type('sign-up-email', 'layla@example.org');
    type('sign-up-password', PASSWORD);
    tick('sign-up-role-volunteer');
    tick('sign-up-privacy');
  };

  async function open(locale: 'de' | 'ar' = 'de'): Promise<void> {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { de, ar },
          translocoConfig: { availableLangs: [...SUPPORTED_LOCALES], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    if (locale !== 'de') await TestBed.inject(LocaleService).use(locale);
    fixture = TestBed.createComponent(SignUpPageComponent);
    fixture.autoDetectChanges();
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('marks every field as required in words and gives the password rules', async () => {
    await open();

    const labels = Array.from(el().querySelectorAll('label[for^="sign-up-"], legend')).map(
      (label) => label.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(labels).toEqual(
      expect.arrayContaining([
        'Ihr Name (Pflichtangabe)',
        'E-Mail-Adresse (Pflichtangabe)',
        'Passwort (Pflichtangabe)',
        'Was möchten Sie tun? (Pflichtangabe)',
      ]),
    );
    expect(input('sign-up-password').autocomplete).toBe('new-password');
    expect(input('sign-up-email').autocomplete).toBe('email');
    expect(text('#sign-up-password-hint')).toBe(
      de.signUp.passwordHint.replace('{{min}}', String(PASSWORD_MIN_LENGTH)),
    );
    expect(input('sign-up-password').getAttribute('aria-describedby')).toBe(
      'sign-up-password-hint',
    );
  });

  it('offers the three roles as checkboxes with their explanations', async () => {
    await open();

    const roles = Array.from(el().querySelectorAll<HTMLInputElement>('input[name="roles"]'));
    expect(roles.map((box) => box.type)).toEqual(['checkbox', 'checkbox', 'checkbox']);
    expect(text('label[for="sign-up-role-volunteer"]')).toBe(de.signUp.roles.volunteer.label);
    expect(text('#sign-up-role-resident-hint')).toBe(de.signUp.roles.resident.hint);
    expect(roles.every((box) => !box.checked)).toBe(true);
  });

  it('presets the account language to the language of the page', async () => {
    await open('ar');

    expect((el().querySelector('#sign-up-locale') as HTMLSelectElement).value).toBe('ar');
    expect(el().querySelector('h1')?.textContent?.trim()).toBe(ar.signUp.title);
  });

  it('shows the password on request', async () => {
    await open();
    const toggle = el().querySelector('button[aria-controls="sign-up-password"]') as HTMLElement;

    toggle.click();
    await fixture.whenStable();

    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(input('sign-up-password').type).toBe('text');
  });

  it('lists what is missing in a focused summary and at each field, without calling the API', async () => {
    await open();

    await submit();

    const summary = el().querySelector('[data-testid="sign-up-summary"]') as HTMLElement;
    expect(summary.closest('[role="alert"]')).not.toBeNull();
    expect(document.activeElement).toBe(summary);
    const links = Array.from(summary.querySelectorAll('a')).map((a) => [
      a.getAttribute('href'),
      a.textContent?.trim(),
    ]);
    expect(links).toEqual([
      ['#sign-up-name', de.signUp.errors.displayName.missing],
      ['#sign-up-email', de.signUp.errors.email.missing],
      ['#sign-up-password', de.signUp.errors.password.missing],
      ['#sign-up-role-volunteer', de.signUp.errors.roles.missing],
      ['#sign-up-privacy', de.signUp.errors.acceptPrivacyNotice.missing],
    ]);
    expect(input('sign-up-email').getAttribute('aria-invalid')).toBe('true');
    expect(input('sign-up-email').getAttribute('aria-describedby')).toBe(
      'sign-up-email-hint sign-up-email-error',
    );
    expect(text('#sign-up-email-error')).toBe(de.signUp.errors.email.missing);
    expect(input('sign-up-role-organizer').getAttribute('aria-invalid')).toBe('true');
    expect(input('sign-up-privacy').getAttribute('aria-describedby')).toBe('sign-up-privacy-error');
    expect(input('sign-up-locale').getAttribute('aria-invalid')).toBe('false');
  });

  it('moves to the field when a summary link is used', async () => {
    await open();
    await submit();

    (el().querySelector('a[href="#sign-up-password"]') as HTMLAnchorElement).click();

    expect(document.activeElement).toBe(input('sign-up-password'));
  });

  it('checks the password length and the address before sending', async () => {
    await open();
    fillComplete();
    type('sign-up-email', 'layla.example.org');
    type('sign-up-password', 'kurz');

    await submit();

    expect(text('#sign-up-email-error')).toBe(de.signUp.errors.email.invalid);
    expect(text('#sign-up-password-error')).toContain(String(PASSWORD_MIN_LENGTH));
  });

  it('signs up, then only says to check the mail and can send it again', async () => {
    await open();
    fillComplete();
    tick('sign-up-role-resident');

    await submit();
    const request = http.expectOne(ACCOUNT_ROUTES.signUp);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      displayName: 'Layla Haddad',
      email: 'layla@example.org',
      password: PASSWORD,
      locale: 'de',
      roles: ['volunteer', 'resident'],
      acceptPrivacyNotice: true,
    });
    request.flush(null, { status: 202, statusText: 'Accepted' });
    await stable();

    const heading = el().querySelector('h2') as HTMLElement;
    expect(heading.textContent?.trim()).toBe(de.signUp.sent.title);
    expect(document.activeElement).toBe(heading);
    expect(text('[data-testid="sign-up-sent-to"]')).toBe('layla@example.org');
    expect(el().querySelector('form')).toBeNull();

    const resend = Array.from(el().querySelectorAll('button')).find(
      (button) => button.textContent?.trim() === de.signUp.sent.resend,
    ) as HTMLButtonElement;
    resend.click();
    await fixture.whenStable();
    const again = http.expectOne(ACCOUNT_ROUTES.resendVerification);
    expect(again.request.body).toEqual({ email: 'layla@example.org' });
    again.flush(null, { status: 202, statusText: 'Accepted' });
    await stable();
    expect(text('[role="status"]')).toBe(de.signUp.sent.resent);
  });

  it('goes back to the filled-in form to correct the address', async () => {
    await open();
    fillComplete();
    await submit();
    http.expectOne(ACCOUNT_ROUTES.signUp).flush(null, { status: 202, statusText: 'Accepted' });
    await stable();

    (el().querySelector('.link-button') as HTMLButtonElement).click();
    await stable();

    expect(input('sign-up-email').value).toBe('layla@example.org');
    expect(input('sign-up-name').value).toBe(' Layla Haddad ');
    expect(document.activeElement).toBe(input('sign-up-email'));
  });

  it('puts the server’s field errors at their fields', async () => {
    await open();
    fillComplete();
    await submit();

    http.expectOne(ACCOUNT_ROUTES.signUp).flush(
      {
        code: 'WEAK_PASSWORD',
        message: 'Weak',
        details: { password: ['CONTAINS_PERSONAL_DATA'] },
      },
      { status: 422, statusText: 'Unprocessable' },
    );
    await stable();

    expect(text('#sign-up-password-error')).toBe(de.signUp.errors.password.personal);
    expect(input('sign-up-password').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(el().querySelector('[data-testid="sign-up-summary"]'));
  });

  it('explains a lost connection in the alert region', async () => {
    await open();
    fillComplete();
    await submit();

    http.expectOne(ACCOUNT_ROUTES.signUp).error(new ProgressEvent('error'));
    await stable();

    expect(text('[role="alert"]')).toBe(de.signUp.errors.network);
    expect(document.activeElement?.textContent?.trim()).toBe(de.signUp.errors.network);
  });
});
