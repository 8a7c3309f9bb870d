import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { NotificationItem } from '@zusammen/shared/contracts';
import { NOTIFICATION_ROUTES } from '@zusammen/shared/contracts';
import { UnreadCountStore } from '@zusammen/web/core';
import de from '../../../../public/i18n/de.json';
import { NotificationsPageComponent } from './notifications-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function item(id: string, overrides: Partial<NotificationItem> = {}): NotificationItem {
  return {
    id,
    type: 'mail-check',
    channel: 'in_app',
    status: 'sent',
    deliverAt: '2026-11-26T14:05:00.000Z',
    createdAt: '2026-11-26T14:05:00.000Z',
    readAt: null,
    ...overrides,
  };
}

describe('NotificationsPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<NotificationsPageComponent>;
  let refresh: jest.SpyInstance;
  const el = (): HTMLElement => fixture.nativeElement;
  const text = (selector: string): string | undefined =>
    el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const buttons = (): HTMLButtonElement[] => Array.from(el().querySelectorAll('button'));
  const button = (label: string): HTMLButtonElement | undefined =>
    buttons().find((b) => b.textContent?.trim() === label);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        NotificationsPageComponent,
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    refresh = jest.spyOn(TestBed.inject(UnreadCountStore), 'refresh').mockResolvedValue();
    fixture = TestBed.createComponent(NotificationsPageComponent);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function flushList(
    body: { items: NotificationItem[]; nextCursor: string | null },
    cursor?: string,
  ): Promise<void> {
    const request = http.expectOne(
      (r) => r.url === NOTIFICATION_ROUTES.mine && r.params.get('cursor') === (cursor ?? null),
    );
    request.flush(body);
    await settle();
    await fixture.whenStable();
  }

  it('lists notifications worded from their type, unread ones marked in text', async () => {
    expect(text('[role="status"].status, p.status')).toBe(
      'Die Benachrichtigungen werden geladen …',
    );
    await flushList({
      items: [
        item('a'),
        item('b', { type: 'future-type' as 'mail-check', readAt: '2026-11-26T15:00:00Z' }),
      ],
      nextCursor: null,
    });

    const items = el().querySelectorAll('[data-testid="notification-item"]');
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Ungelesen: Testnachricht vom Koordinationsbüro',
    );
    expect(items[0].textContent).toContain('26.11.2026, 15:05');
    expect(items[1].querySelector('h2')?.textContent?.trim()).toBe('Neue Nachricht');
    expect(items[1].textContent).toContain('Gelesen');
    expect(button('Ältere Benachrichtigungen laden')).toBeUndefined();
  });

  it('shows the empty state', async () => {
    await flushList({ items: [], nextCursor: null });

    expect(text('[data-testid="notifications-empty"]')).toBe('Sie haben keine Benachrichtigungen.');
  });

  it('shows an error with retry', async () => {
    http
      .expectOne((r) => r.url === NOTIFICATION_ROUTES.mine)
      .flush({ code: 'INTERNAL', message: '' }, { status: 500, statusText: '' });
    await settle();
    await fixture.whenStable();

    expect(text('[role="alert"].status')).toBe(
      'Die Benachrichtigungen können gerade nicht angezeigt werden.',
    );
    button('Noch einmal laden')?.click();
    await flushList({ items: [item('a')], nextCursor: null });

    expect(el().querySelectorAll('[data-testid="notification-item"]')).toHaveLength(1);
  });

  it('loads more with the cursor', async () => {
    await flushList({ items: [item('a')], nextCursor: 'c1' });

    button('Ältere Benachrichtigungen laden')?.click();
    await flushList({ items: [item('b')], nextCursor: null }, 'c1');

    expect(el().querySelectorAll('[data-testid="notification-item"]')).toHaveLength(2);
    expect(button('Ältere Benachrichtigungen laden')).toBeUndefined();
  });

  it('marks one read, announces it and refreshes the bell', async () => {
    await flushList({ items: [item('a'), item('b')], nextCursor: null });

    button('Als gelesen markieren')?.click();
    const request = http.expectOne(`${NOTIFICATION_ROUTES.mine}/a/read`);
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: '' });
    await settle();
    await fixture.whenStable();

    expect(text('[data-testid="notifications-live"]')).toBe(
      'Die Benachrichtigung ist als gelesen markiert.',
    );
    expect(el().querySelectorAll('.notification--unread')).toHaveLength(1);
    expect(refresh).toHaveBeenCalled();
  });

  it('marks all read', async () => {
    await flushList({ items: [item('a'), item('b')], nextCursor: null });

    button('Alle als gelesen markieren')?.click();
    http.expectOne(NOTIFICATION_ROUTES.readAll).flush(null, { status: 204, statusText: '' });
    await settle();
    await fixture.whenStable();

    expect(text('[data-testid="notifications-live"]')).toBe(
      'Alle Benachrichtigungen sind als gelesen markiert.',
    );
    expect(el().querySelectorAll('.notification--unread')).toHaveLength(0);
    expect(button('Alle als gelesen markieren')).toBeUndefined();
  });

  it('says so when marking read fails', async () => {
    await flushList({ items: [item('a')], nextCursor: null });

    button('Als gelesen markieren')?.click();
    http
      .expectOne(`${NOTIFICATION_ROUTES.mine}/a/read`)
      .flush({ code: 'INTERNAL', message: '' }, { status: 500, statusText: '' });
    await settle();
    await fixture.whenStable();

    expect(el().textContent).toContain('Das hat nicht geklappt.');
    expect(el().querySelectorAll('.notification--unread')).toHaveLength(1);
  });
});
