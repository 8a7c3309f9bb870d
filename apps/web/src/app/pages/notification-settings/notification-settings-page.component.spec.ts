import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { NotificationPreferencesResponse } from '@zusammen/shared/contracts';
import { NOTIFICATION_ROUTES } from '@zusammen/shared/contracts';
import de from '../../../../public/i18n/de.json';
import { NotificationSettingsPageComponent } from './notification-settings-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const ALL_ON: NotificationPreferencesResponse = {
  hasEmail: true,
  email: { sponsorship: true, events: true, bikes: true },
};

describe('NotificationSettingsPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<NotificationSettingsPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const box = (category: string): HTMLInputElement =>
    el().querySelector(`#notify-${category}`) as HTMLInputElement;
  const text = (selector: string): string | undefined =>
    el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const save = async (): Promise<void> => {
    (el().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await stable();
  };

  async function open(preferences: NotificationPreferencesResponse | null): Promise<void> {
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
    fixture = TestBed.createComponent(NotificationSettingsPageComponent);
    fixture.autoDetectChanges();
    await fixture.whenStable();
    expect(text('[role="status"]')).toBe(de.notificationSettings.loading);
    const load = http.expectOne(NOTIFICATION_ROUTES.preferences);
    if (preferences) load.flush(preferences);
    else load.error(new ProgressEvent('error'));
    await stable();
  }

  afterEach(() => http.verify());

  it('shows one labelled switch per topic with the stored choice', async () => {
    await open({ hasEmail: true, email: { sponsorship: true, events: false, bikes: true } });

    expect(['sponsorship', 'events', 'bikes'].map((c) => box(c).checked)).toEqual([
      true,
      false,
      true,
    ]);
    expect(box('events').getAttribute('role')).toBe('switch');
    expect(text('label[for="notify-bikes"]')).toBe(de.notificationSettings.categories.bikes.label);
    expect(box('bikes').getAttribute('aria-describedby')).toBe('notify-bikes-hint');
    expect(text('#notify-bikes-hint')).toBe(de.notificationSettings.categories.bikes.hint);
    expect(el().textContent).toContain(de.notificationSettings.alwaysNote);
  });

  it('saves all three choices and says so', async () => {
    await open(ALL_ON);

    box('events').click();
    await save();
    const request = http.expectOne(NOTIFICATION_ROUTES.preferences);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      email: { sponsorship: true, events: false, bikes: true },
    });
    request.flush({ hasEmail: true, email: { sponsorship: true, events: false, bikes: true } });
    await stable();

    expect(text('[role="status"]')).toBe(de.notificationSettings.saved);
    expect(box('events').checked).toBe(false);
  });

  it('hides the saved message again once a switch changes', async () => {
    await open(ALL_ON);
    await save();
    http.expectOne(NOTIFICATION_ROUTES.preferences).flush(ALL_ON);
    await stable();

    box('sponsorship').click();
    await fixture.whenStable();

    expect(text('[role="status"]')).toBe('');
  });

  it('explains that an account without an address gets no emails', async () => {
    await open({ ...ALL_ON, hasEmail: false });

    expect(text('[data-testid="notification-settings-no-email"]')).toContain(
      de.notificationSettings.noEmail,
    );
    expect(el().querySelector('form')).toBeNull();
  });

  it('offers to load again after a failure', async () => {
    await open(null);
    expect(text('[role="alert"]')).toBe(de.notificationSettings.loadFailed);

    (el().querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
    http.expectOne(NOTIFICATION_ROUTES.preferences).flush(ALL_ON);
    await stable();

    expect(box('sponsorship').checked).toBe(true);
  });

  it('explains a failed save in the alert region', async () => {
    await open(ALL_ON);
    await save();
    http.expectOne(NOTIFICATION_ROUTES.preferences).error(new ProgressEvent('error'));
    await stable();

    expect(text('form [role="alert"]')).toBe(de.notificationSettings.errors.network);
  });
});
