import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { AuditEntry } from '@zusammen/shared/contracts';
import { AUDIT_ROUTES } from '@zusammen/shared/contracts';
import de from '../../../../public/i18n/de.json';
import { AUDIT_PAGE_SIZE, AuditLogPageComponent } from './audit-log-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const SABINE = { id: 'a-sabine', displayName: 'Sabine Hüsing' };
const LEYLA = { id: 'u-leyla', displayName: 'Leyla Haddad' };

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: `e-${Math.random()}`,
  occurredAt: '2026-11-26T14:05:00.000Z',
  actor: SABINE,
  onBehalfOf: null,
  action: 'user.viewed',
  subjectType: 'user_account',
  subjectId: LEYLA.id,
  subject: null,
  details: {},
  ...overrides,
});

describe('AuditLogPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<AuditLogPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const sentences = (): (string | undefined)[] =>
    Array.from(el().querySelectorAll('.entry__text')).map((p) => p.textContent?.trim());
  const button = (name: string): HTMLButtonElement | undefined =>
    Array.from(el().querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const logRequest = () => http.expectOne((r) => r.url === AUDIT_ROUTES.log);
  const setField = (id: string, value: string, event = 'input'): void => {
    const field = el().querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement;
    field.value = value;
    field.dispatchEvent(new Event(event));
  };

  async function create(person?: string): Promise<void> {
    fixture = TestBed.createComponent(AuditLogPageComponent);
    if (person) fixture.componentRef.setInput('person', person);
    fixture.autoDetectChanges();
    await stable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        AuditLogPageComponent,
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('writes each entry as a sentence, naming subjects known from other entries', async () => {
    await create();
    const request = logRequest();
    expect(request.request.params.get('limit')).toBe(String(AUDIT_PAGE_SIZE));
    request.flush({
      items: [
        entry({
          action: 'user.roles-changed',
          details: { before: ['volunteer'], after: ['volunteer', 'staff'] },
        }),
        entry({ action: 'user.roles-changed', subjectId: 'u-other', details: {} }),
        entry({ subjectId: 'u-bernd', subject: { id: 'u-bernd', displayName: 'Bernd Bauer' } }),
        entry({
          action: 'resident.created',
          actor: { id: 's1', displayName: 'Martina Terhorst' },
          onBehalfOf: { id: 'r1', displayName: 'Yusuf Hamdan' },
          subjectId: 'r1',
        }),
        entry({ action: 'account.password-changed', actor: LEYLA, subjectId: LEYLA.id }),
        entry({ action: 'family.viewed', subjectType: 'family', subjectId: 'f1', actor: null }),
      ],
      nextCursor: null,
    });
    await stable();

    expect(sentences()).toEqual([
      'Sabine Hüsing hat die Rollen von Leyla Haddad geändert (Patin oder Pate → Koordinierungsstelle, Patin oder Pate).',
      'Sabine Hüsing hat die Rollen von Person u-other geändert.',
      'Sabine Hüsing hat das Konto von Bernd Bauer angesehen.',
      'Martina Terhorst hat Yusuf Hamdan am Schalter registriert.',
      'Leyla Haddad hat das eigene Passwort geändert.',
      'Das System: Aktion family.viewed – ein Datensatz (family)',
    ]);
    expect(el().querySelectorAll('.entry__meta')[3]?.textContent?.trim()).toBe(
      'Am Schalter für Yusuf Hamdan',
    );
    expect(el().querySelector('time')?.textContent?.trim()).toBe('26.11.2026, 15:05');
  });

  it('filters by action and a Berlin date range', async () => {
    await create();
    logRequest().flush({ items: [], nextCursor: null });
    await stable();
    expect(el().querySelector('[data-testid="audit-status"]')?.textContent?.trim()).toBe(
      de.auditLog.empty,
    );

    setField('audit-action', 'user.deactivated', 'change');
    setField('audit-from', '2026-11-01');
    setField('audit-to', '2026-11-26');
    button('Filter anwenden')?.click();
    const request = logRequest();
    expect(request.request.params.get('action')).toBe('user.deactivated');
    expect(request.request.params.get('from')).toBe('2026-10-31T23:00:00.000Z');
    expect(request.request.params.get('to')).toBe('2026-11-26T22:59:59.999Z');
    request.flush({ items: [], nextCursor: null });
    await stable();
  });

  it('refuses a range that ends before it starts', async () => {
    await create();
    logRequest().flush({ items: [], nextCursor: null });
    await stable();

    setField('audit-from', '2026-11-26');
    setField('audit-to', '2026-11-01');
    button('Filter anwenden')?.click();
    await stable();
    http.expectNone((r) => r.url === AUDIT_ROUTES.log);
    expect(el().querySelector('#audit-range-error')?.textContent?.trim()).toBe(
      de.auditLog.rangeWrong,
    );
  });

  it('shows entries about the person of the link, or by them', async () => {
    await create(LEYLA.id);
    const about = logRequest();
    expect(about.request.params.get('subjectType')).toBe('user_account');
    expect(about.request.params.get('subjectId')).toBe(LEYLA.id);
    expect(about.request.params.has('actorId')).toBe(false);
    about.flush({ items: [entry({ action: 'user.deactivated' })], nextCursor: 'next' });
    await stable();
    expect(el().querySelector('[data-testid="audit-person-filter"]')?.textContent).toContain(
      'Gefiltert nach: dieses Konto',
    );

    setField('audit-person-role', 'actor', 'change');
    button('Filter anwenden')?.click();
    const by = logRequest();
    expect(by.request.params.get('actorId')).toBe(LEYLA.id);
    expect(by.request.params.has('subjectId')).toBe(false);
    by.flush({ items: [], nextCursor: null });
    await stable();
  });

  it('loads older entries with the cursor', async () => {
    await create();
    logRequest().flush({ items: [entry({})], nextCursor: 'c2' });
    await stable();

    button('Ältere Einträge laden')?.click();
    const next = logRequest();
    expect(next.request.params.get('cursor')).toBe('c2');
    next.flush({ items: [entry({ action: 'user.reactivated' })], nextCursor: null });
    await stable();

    expect(sentences()).toEqual([
      'Sabine Hüsing hat das Konto von Person u-leyla angesehen.',
      'Sabine Hüsing hat Person u-leyla wieder freigegeben.',
    ]);
  });
});
