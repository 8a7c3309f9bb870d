import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { VolunteerSummary } from '@zusammen/shared/contracts';
import { SPONSORSHIP_ROUTES } from '@zusammen/shared/contracts';
import { de, sponsorshipTranslocoTesting } from '../shared/sponsorship-i18n.testing';
import { StaffVolunteersPageComponent } from './staff-volunteers-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.staffVolunteers;

function volunteer(id: string, name: string): VolunteerSummary {
  return {
    id,
    userId: `u-${id}`,
    displayName: name,
    status: 'approved',
    district: 'weseke',
    languages: [{ code: 'fa', level: 'native' }],
    capacity: 2,
    openPairings: 1,
    vettingProgress: { done: 3, required: 3 },
    certificateRenewalDueOn: '2031-10-01',
  };
}

describe('StaffVolunteersPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<StaffVolunteersPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const list = () =>
    http.expectOne((r) => r.url === SPONSORSHIP_ROUTES.volunteers && r.method === 'GET');

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [StaffVolunteersPageComponent, sponsorshipTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StaffVolunteersPageComponent);
    fixture.autoDetectChanges();
    await stable();
  });
  afterEach(() => http.verify());

  it('shows each volunteer as a card with status, progress and capacity in words', async () => {
    list().flush({ items: [volunteer('v1', 'Reza Karimi')], nextCursor: null });
    await stable();
    const card = clean(el().querySelector('[data-testid="volunteer-row"]')?.textContent);
    expect(card).toContain('Reza Karimi');
    expect(card).toContain(de.sponsorshipVocabulary.volunteerStatus.approved);
    expect(card).toContain('3 von 3 Schritten');
    expect(card).toContain('1 von 2 begleitet');
    expect(card).toContain(de.sponsorshipVocabulary.languages.fa);
    expect(el().querySelector('[data-testid="volunteer-row"] a')?.getAttribute('href')).toBe(
      '/verwaltung/patenschaften/paten/v1',
    );
  });

  it('searches with name and status, then loads more with the cursor', async () => {
    list().flush({ items: [], nextCursor: null });
    await stable();
    const q = el().querySelector('#volunteers-q') as HTMLInputElement;
    q.value = 'Reza';
    q.dispatchEvent(new Event('input'));
    const status = el().querySelector('#volunteers-status') as HTMLSelectElement;
    status.value = 'paused';
    status.dispatchEvent(new Event('change'));
    (el().querySelector('form') as HTMLFormElement).dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    await stable();
    const search = list();
    expect(search.request.params.get('q')).toBe('Reza');
    expect(search.request.params.get('status')).toBe('paused');
    search.flush({ items: [volunteer('v1', 'Reza Karimi')], nextCursor: 'c2' });
    await stable();
    const more = Array.from(el().querySelectorAll('button')).find(
      (b) => clean(b.textContent) === texts.loadMore,
    ) as HTMLButtonElement;
    more.click();
    await stable();
    const next = list();
    expect(next.request.params.get('cursor')).toBe('c2');
    expect(next.request.params.get('status')).toBe('paused');
    next.flush({ items: [volunteer('v2', 'Olga')], nextCursor: null });
    await stable();
    expect(el().querySelectorAll('[data-testid="volunteer-row"]').length).toBe(2);
  });
});
