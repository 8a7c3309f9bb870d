import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { FamilySummary } from '@zusammen/shared/contracts';
import { SPONSORSHIP_ROUTES } from '@zusammen/shared/contracts';
import { de, sponsorshipTranslocoTesting } from '../shared/sponsorship-i18n.testing';
import { StaffFamiliesPageComponent } from './staff-families-page.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.staffFamilies;

function family(id: string, changes: Partial<FamilySummary>): FamilySummary {
  return {
    id,
    contactName: id,
    district: 'burlo',
    status: 'waiting',
    waitingSince: '2026-10-01',
    memberCount: 3,
    hasMinors: true,
    languages: [{ code: 'ti', level: 'native' }],
    needs: ['school'],
    urgent: false,
    consentGiven: true,
    ...changes,
  };
}

describe('StaffFamiliesPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<StaffFamiliesPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [StaffFamiliesPageComponent, sponsorshipTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StaffFamiliesPageComponent);
    fixture.autoDetectChanges();
    await stable();
  });
  afterEach(() => http.verify());

  it('puts urgent families first, then the longest waiting, and says consent in words', async () => {
    http
      .expectOne((r) => r.url === SPONSORSHIP_ROUTES.families)
      .flush({
        items: [
          family('Later', { waitingSince: '2026-11-01' }),
          family('Earlier', { waitingSince: '2026-09-01', consentGiven: false }),
          family('Urgent', { waitingSince: '2026-11-20', urgent: true }),
        ],
        nextCursor: null,
      });
    await stable();
    const rows = Array.from(el().querySelectorAll('[data-testid="family-row"]'));
    expect(rows.map((row) => clean(row.querySelector('h2')?.textContent))).toEqual([
      'Urgent',
      'Earlier',
      'Later',
    ]);
    expect(clean(rows[0].querySelector('[data-testid="family-urgent"]')?.textContent)).toBe(
      texts.urgent,
    );
    expect(clean(rows[1].querySelector('[data-testid="family-consent"]')?.textContent)).toBe(
      texts.consentMissing,
    );
    expect(clean(rows[2].querySelector('[data-testid="family-consent"]')?.textContent)).toBe(
      texts.consentGiven,
    );
    expect(clean(rows[0].textContent)).toContain(texts.withChildren);
  });
});
