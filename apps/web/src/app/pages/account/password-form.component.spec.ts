import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH, PROFILE_ROUTES } from '@zusammen/shared/contracts';
import de from '../../../../public/i18n/de.json';
import { PasswordFormComponent } from './password-form.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const NEW_PASSWORD = 'Fahrrad am Kanal 2026';

describe('PasswordFormComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PasswordFormComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const input = (id: string): HTMLInputElement => el().querySelector(`#${id}`) as HTMLInputElement;
  const type = (id: string, value: string): void => {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
  };
  const text = (selector: string): string | undefined =>
    el().querySelector(selector)?.textContent?.trim();
  const send = async (current: string, next: string): Promise<void> => {
    type('password-current', current);
    type('password-new', next);
    (el().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };
  const answer = async (status: number, body: object | null): Promise<void> => {
    http.expectOne(PROFILE_ROUTES.password).flush(body, { status, statusText: 'Error' });
    await settle();
    await fixture.whenStable();
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
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PasswordFormComponent);
    fixture.autoDetectChanges();
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('has the right autocomplete and the minimum length as a hint', () => {
    expect(input('password-current').autocomplete).toBe('current-password');
    expect(input('password-new').autocomplete).toBe('new-password');
    expect(text('#password-new-hint')).toBe(
      de.account.password.hint.replace('{{min}}', String(PASSWORD_MIN_LENGTH)),
    );
    expect(input('password-new').getAttribute('aria-describedby')).toBe('password-new-hint');
  });

  it('shows both passwords on request', async () => {
    const toggle = el().querySelector('.password__toggle') as HTMLButtonElement;
    toggle.click();
    await fixture.whenStable();

    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(input('password-new').type).toBe('text');
    expect(input('password-current').type).toBe('text');
  });

  it('changes the password, says other devices were signed out and clears the fields', async () => {
    await send('Borken-Demo-2026', NEW_PASSWORD);
    const request = http.expectOne(PROFILE_ROUTES.password);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      currentPassword: 'Borken-Demo-2026',
      newPassword: NEW_PASSWORD,
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    await fixture.whenStable();

    expect(text('[role="status"]')).toBe('Passwort geändert. Andere Geräte wurden abgemeldet.');
    expect(input('password-current').value).toBe('');
    expect(input('password-new').value).toBe('');
  });

  it('puts WRONG_PASSWORD at the current-password field', async () => {
    await send('falsch', NEW_PASSWORD);
    await answer(403, { code: 'WRONG_PASSWORD', message: 'Wrong password' });

    const current = input('password-current');
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(current.getAttribute('aria-describedby')).toBe('password-current-error');
    expect(text('#password-current-error')).toBe(de.account.password.errors.current.wrong);
    expect(input('password-new').getAttribute('aria-invalid')).toBe('false');
    expect(document.activeElement).toBe(current);
  });

  it.each([
    [{ newPassword: ['This password is too common'] }, de.account.password.errors.new.tooCommon],
    [
      { newPassword: ['The password must not contain your name or email address'] },
      de.account.password.errors.new.personal,
    ],
    [
      { newPassword: ['newPassword must be at least 12 characters'] },
      de.account.password.errors.new.tooShort.replace('{{min}}', String(PASSWORD_MIN_LENGTH)),
    ],
    [{}, de.account.password.errors.new.other],
  ])('puts WEAK_PASSWORD (%j) at the new-password field', async (details, message) => {
    await send('Borken-Demo-2026', NEW_PASSWORD);
    await answer(422, { code: 'WEAK_PASSWORD', message: 'Weak password', details });

    const next = input('password-new');
    expect(next.getAttribute('aria-invalid')).toBe('true');
    expect(next.getAttribute('aria-describedby')).toBe('password-new-hint password-new-error');
    expect(text('#password-new-error')).toBe(message);
  });

  it('checks the length before sending', async () => {
    await send('Borken-Demo-2026', 'kurz');

    expect(input('password-new').getAttribute('aria-invalid')).toBe('true');
    expect(text('#password-new-error')).toContain(String(PASSWORD_MIN_LENGTH));
  });

  it('explains a lost connection in an alert', async () => {
    await send('Borken-Demo-2026', NEW_PASSWORD);
    http.expectOne(PROFILE_ROUTES.password).error(new ProgressEvent('error'));
    await settle();
    await fixture.whenStable();

    expect(text('[role="alert"]')).toBe(de.account.password.errors.network);
  });
});
