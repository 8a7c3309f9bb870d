import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { ProfileResponse } from '@zusammen/shared/contracts';
import { AUTH_ROUTES, PROFILE_ROUTES, SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import { LocaleService, SessionStore } from '@zusammen/web/core';
import ar from '../../../../public/i18n/ar.json';
import de from '../../../../public/i18n/de.json';
import { ProfileFormComponent } from './profile-form.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const PROFILE: ProfileResponse = {
  displayName: 'Jonas Böing',
  email: 'volunteer@demo.zusammenleben.invalid',
  phone: null,
  locale: 'de',
};

describe('ProfileFormComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ProfileFormComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const input = (id: string): HTMLInputElement => el().querySelector(`#${id}`) as HTMLInputElement;
  const type = (id: string, value: string): void => {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
  };
  const submit = async (): Promise<void> => {
    (el().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };

  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { de, ar },
          translocoConfig: {
            availableLangs: [...SUPPORTED_LOCALES],
            defaultLang: 'de',
            reRenderOnLangChange: true,
          },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(SessionStore);
    const loading = session.load();
    http.expectOne(AUTH_ROUTES.session).flush({
      user: {
        id: 'u1',
        displayName: PROFILE.displayName,
        email: PROFILE.email,
        roles: ['volunteer'],
        locale: 'de',
      },
      expiresAt: '2026-12-01T12:00:00.000Z',
    });
    await loading;
    fixture = TestBed.createComponent(ProfileFormComponent);
    fixture.autoDetectChanges();
    http.expectOne(PROFILE_ROUTES.profile).flush(PROFILE);
    await stable();
  });

  afterEach(() => http.verify());

  it('shows the profile in labelled fields, the language by its own name', () => {
    expect(input('profile-name').value).toBe('Jonas Böing');
    expect(input('profile-phone').type).toBe('tel');
    expect(input('profile-phone').autocomplete).toBe('tel');
    expect(el().querySelector('label[for="profile-locale"]')?.textContent?.trim()).toBe(
      de.account.profile.locale,
    );
    const options = Array.from(el().querySelectorAll('option')).map((o) => o.textContent?.trim());
    expect(options).toEqual(['Deutsch', 'English', 'العربية', 'Українська', 'فارسی']);
  });

  it('saves, says so politely and switches the app to the chosen language', async () => {
    type('profile-name', '  Jonas B.  ');
    type('profile-phone', '+49 2861 123456');
    const select = el().querySelector('#profile-locale') as HTMLSelectElement;
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await submit();

    const request = http.expectOne(PROFILE_ROUTES.profile);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      displayName: 'Jonas B.',
      phone: '+49 2861 123456',
      locale: 'ar',
    });
    request.flush({ ...PROFILE, displayName: 'Jonas B.', phone: '+49 2861 123456', locale: 'ar' });
    await stable();

    expect(TestBed.inject(LocaleService).current()).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(TestBed.inject(SessionStore).user()?.displayName).toBe('Jonas B.');
    expect(TestBed.inject(SessionStore).user()?.locale).toBe('ar');
    expect(el().querySelector('[role="status"]')?.textContent?.trim()).toBe(
      ar.account.profile.saved,
    );
  });

  it('shows the 422 field errors at their fields', async () => {
    type('profile-phone', 'call me');
    await submit();
    http
      .expectOne(PROFILE_ROUTES.profile)
      .flush(
        { code: 'VALIDATION_FAILED', message: 'Invalid', details: { phone: ['phone is invalid'] } },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await stable();

    const phone = input('profile-phone');
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(phone.getAttribute('aria-describedby')).toBe('profile-phone-error');
    expect(el().querySelector('#profile-phone-error')?.textContent?.trim()).toBe(
      de.account.profile.errors.phone,
    );
    expect(input('profile-name').getAttribute('aria-invalid')).toBe('false');
    expect(document.activeElement).toBe(phone);
  });

  it('asks for a name before sending anything', async () => {
    type('profile-name', '   ');
    await submit();

    expect(input('profile-name').getAttribute('aria-invalid')).toBe('true');
    expect(el().querySelector('#profile-name-error')?.textContent?.trim()).toBe(
      de.account.profile.errors.displayName,
    );
  });

  it('explains a lost connection in an alert', async () => {
    await submit();
    http.expectOne(PROFILE_ROUTES.profile).error(new ProgressEvent('error'));
    await stable();

    expect(el().querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      de.account.profile.errors.network,
    );
  });
});
