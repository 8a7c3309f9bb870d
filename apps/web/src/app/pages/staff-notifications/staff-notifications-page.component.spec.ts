import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type {
  NotificationHealthResponse,
  NotificationProblemItem,
} from '@zusammen/shared/contracts';
import { NOTIFICATION_ROUTES } from '@zusammen/shared/contracts';
import { UnreadCountStore } from '@zusammen/web/core';
import de from '../../../../public/i18n/de.json';
import { StaffNotificationsPageComponent } from './staff-notifications-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const HEALTH: NotificationHealthResponse = {
  queue: { waiting: 2, active: 1, delayed: 0, failed: 3 },
  outbox: { pending: 1, queued: 2, sent: 40, failed: 3, cancelled: 0 },
};

const PROBLEM: NotificationProblemItem = {
  id: 'p1',
  type: 'mail-check',
  channel: 'email',
  recipientId: 'u1',
  status: 'failed',
  attempts: 5,
  lastError: 'ECONNREFUSED 127.0.0.1:25',
  deliverAt: '2026-11-26T14:05:00.000Z',
  createdAt: '2026-11-26T14:00:00.000Z',
};

describe('StaffNotificationsPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<StaffNotificationsPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement;
  const button = (start: string): HTMLButtonElement | undefined =>
    Array.from(el().querySelectorAll('button')).find((b) =>
      b.textContent?.trim().startsWith(start),
    );

  /** Renders and lets effects (resource reloads) run; never waits for open requests. */
  async function stable(): Promise<void> {
    await settle();
    TestBed.tick();
    await settle();
    fixture.detectChanges();
  }

  async function answer(problems: NotificationProblemItem[] = [PROBLEM]): Promise<void> {
    http.expectOne(NOTIFICATION_ROUTES.staffHealth).flush(HEALTH);
    http.expectOne(NOTIFICATION_ROUTES.staffProblems).flush(problems);
    await stable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        StaffNotificationsPageComponent,
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    jest.spyOn(TestBed.inject(UnreadCountStore), 'refresh').mockResolvedValue();
    fixture = TestBed.createComponent(StaffNotificationsPageComponent);
    fixture.detectChanges();
    await settle();
  });

  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  it('shows queue and outbox numbers in captioned tables with row headers', async () => {
    await answer();

    const rows = (testId: string): string[][] =>
      Array.from(el().querySelectorAll(`[data-testid="${testId}"] tr`)).map((tr) => [
        tr.querySelector('th')?.textContent?.trim() ?? '',
        tr.querySelector('td')?.textContent?.trim() ?? '',
      ]);
    expect(el().querySelector('[data-testid="queue-table"] caption')?.textContent?.trim()).toBe(
      'Warteschlange',
    );
    expect(rows('queue-table')).toEqual([
      ['Wartend', '2'],
      ['In Arbeit', '1'],
      ['Verzögert', '0'],
      ['Fehlgeschlagen', '3'],
    ]);
    expect(rows('outbox-table')).toContainEqual(['Gesendet', '40']);
  });

  it('lists problems with column headers and row-named buttons', async () => {
    await answer();

    const table = el().querySelector('[data-testid="problems-table"]') as HTMLTableElement;
    expect(
      Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent?.trim()),
    ).toEqual(['Art', 'Weg', 'Stand', 'Versuche', 'Letzter Fehler', 'Fällig', 'Aktionen']);
    const region = table.closest('[role="region"]');
    expect(region?.getAttribute('aria-labelledby')).toBe('problems-caption');
    const cells = Array.from(table.querySelectorAll('tbody tr > *')).map((c) =>
      c.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells.slice(0, 6)).toEqual([
      'Testnachricht vom Koordinationsbüro',
      'E-Mail',
      'Fehlgeschlagen',
      '5',
      'ECONNREFUSED 127.0.0.1:25',
      '26.11.2026, 15:05',
    ]);
    expect(button('Erneut senden')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Erneut senden : Testnachricht vom Koordinationsbüro, E-Mail, fällig 26.11.2026, 15:05',
    );
  });

  it('retries a problem and reloads the lists', async () => {
    await answer();

    button('Erneut senden')?.click();
    const request = http.expectOne(`${NOTIFICATION_ROUTES.staffProblems}/p1/retry`);
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: '' });
    await stable();
    await answer([]);

    expect(el().querySelector('[data-testid="staff-live"]')?.textContent?.trim()).toBe(
      'Die Benachrichtigung wird erneut gesendet.',
    );
    expect(el().querySelector('[data-testid="problems-empty"]')?.textContent?.trim()).toBe(
      'Zurzeit gibt es keine Probleme.',
    );
  });

  it('cancels only after confirmation', async () => {
    await answer();
    const confirm = jest
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);

    button('Abbrechen')?.click();
    await stable();
    http.expectNone(`${NOTIFICATION_ROUTES.staffProblems}/p1/cancel`);

    button('Abbrechen')?.click();
    http
      .expectOne(`${NOTIFICATION_ROUTES.staffProblems}/p1/cancel`)
      .flush(null, { status: 204, statusText: '' });
    await stable();
    await answer([]);

    expect(confirm).toHaveBeenCalledWith(
      'Diese Benachrichtigung wirklich abbrechen? Sie wird dann nicht mehr gesendet.',
    );
    expect(el().querySelector('[data-testid="staff-live"]')?.textContent?.trim()).toBe(
      'Die Benachrichtigung wurde abgebrochen.',
    );
  });

  it('sends the test mail and says to check the inbox', async () => {
    await answer();

    button('Mir eine Test-E-Mail senden')?.click();
    http.expectOne(NOTIFICATION_ROUTES.staffMailCheck).flush(null, { status: 202, statusText: '' });
    await stable();
    http.expectOne(NOTIFICATION_ROUTES.staffHealth).flush(HEALTH);
    await stable();

    expect(el().querySelector('[data-testid="mail-check-status"]')?.textContent?.trim()).toBe(
      'Gesendet. Bitte sehen Sie in Ihrem Postfach nach.',
    );
  });

  it('shows errors with a way to load again', async () => {
    http
      .expectOne(NOTIFICATION_ROUTES.staffHealth)
      .flush({ code: 'INTERNAL', message: '' }, { status: 500, statusText: '' });
    http
      .expectOne(NOTIFICATION_ROUTES.staffProblems)
      .flush({ code: 'INTERNAL', message: '' }, { status: 500, statusText: '' });
    await stable();

    expect(el().textContent).toContain('Die Angaben können gerade nicht geladen werden.');
    button('Noch einmal laden')?.click();
    await stable();
    await answer();
    expect(el().querySelector('[data-testid="problems-table"]')).not.toBeNull();
  });
});
