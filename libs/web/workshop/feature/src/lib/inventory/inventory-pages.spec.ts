import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { BikeSummary, SparePartView, WorkshopReport } from '@zusammen/shared/contracts';
import {
  BikeListStore,
  HoursStore,
  PartsStore,
  WorkshopOverviewStore,
  WorkshopReportsStore,
  WorkshopSettingsStore,
} from '@zusammen/web/workshop/data-access';
import { clean, counterTranslocoTesting, settle } from '../counter/shared/counter-i18n.testing';
import { WorkshopReportsPageComponent } from '../reports/workshop-reports-page.component';
import { BikeListPageComponent } from './bikes/bike-list-page.component';
import { HoursPageComponent } from './hours/hours-page.component';
import { WorkshopOverviewPageComponent } from './overview/workshop-overview-page.component';
import { PartsPageComponent } from './parts/parts-page.component';
import { WorkshopSettingsPageComponent } from './settings/workshop-settings-page.component';

const BIKE: BikeSummary = {
  id: 'b1',
  inventoryNo: 3,
  label: 'FR-0003',
  make: 'Batavus',
  model: null,
  cycleType: 'city',
  frameSizeCm: 50,
  wheelInches: 28,
  colours: ['red'],
  technicalState: 'in_repair',
  availability: 'not_lendable',
  roadworthyUntil: null,
  overdue: false,
  source: 'donation',
  receivedOn: '2026-10-01',
};
const LOW: SparePartView = {
  id: 'p1',
  sku: 'SCHL-28',
  name: 'Schlauch 28"',
  unit: 'Stück',
  onHand: 1,
  reorderLevel: 4,
  unitCostCents: 450,
  low: true,
  active: true,
};
const REPORT: WorkshopReport = {
  from: '2026-10',
  to: '2026-11',
  months: [
    {
      month: '2026-10',
      takenIn: { donation: 4, lost_and_found: 2, purchase: 0 },
      refurbished: 3,
      handedOut: 5,
      returned: 4,
      retired: 1,
    },
    {
      month: '2026-11',
      takenIn: { donation: 1, lost_and_found: 0, purchase: 0 },
      refurbished: 2,
      handedOut: 2,
      returned: 1,
      retired: 0,
    },
  ],
  inUse: 6,
  fleet: 20,
  utilisation: 0.42,
  partsUsed: [{ sku: 'SCHL-28', name: 'Schlauch 28"', quantity: 6, costCents: 2700 }],
  partsCostCents: 2700,
  hours: [{ programme: 'asylblg_5', minutesApproved: 600, minutesPending: 90, people: 3 }],
};

/** Each page renders its data from the API answers (a template error fails here, not only in the browser). */
describe('inventory pages', () => {
  let http: HttpTestingController;

  async function render<T>(component: Type<T>, store: Type<unknown>): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [component, counterTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), store],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(component);
    await settle();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  async function answer(el: HTMLElement, replies: Record<string, object>): Promise<void> {
    for (const [url, body] of Object.entries(replies)) {
      http.expectOne((r) => r.url === url).flush(body);
      await settle();
    }
    await settle();
    void el;
  }

  afterEach(() => http.verify());

  it('overview: counts by state and the low parts', async () => {
    const el = await render(WorkshopOverviewPageComponent, WorkshopOverviewStore);
    await answer(el, {
      '/api/workshop/bikes': {
        items: [
          BIKE,
          { ...BIKE, id: 'b2', availability: 'available', technicalState: 'roadworthy' },
        ],
        nextCursor: null,
      },
      '/api/workshop/parts': [LOW],
    });
    await settle();
    expect(clean(el.querySelector('[data-tile="inRepair"]')?.textContent)).toMatch(/^1 /);
    expect(clean(el.querySelector('[data-tile="available"]')?.textContent)).toMatch(/^1 /);
    expect(clean(el.querySelector('[data-testid="overview-low"]')?.textContent)).toContain(
      'Schlauch',
    );
  });

  it('bike list: cards and table with both states', async () => {
    const el = await render(BikeListPageComponent, BikeListStore);
    await answer(el, { '/api/workshop/bikes': { items: [BIKE], nextCursor: 'x' } });
    await settle();
    expect(el.querySelectorAll('[data-testid="bike-cards"] li').length).toBe(1);
    expect(el.querySelectorAll('[data-testid="bike-table"] tbody tr').length).toBe(1);
    expect(el.querySelectorAll('[data-testid="bike-technical-state"]').length).toBe(2);
  });

  it('parts: low part first with the word, not only a colour', async () => {
    const el = await render(PartsPageComponent, PartsStore);
    await answer(el, {
      '/api/workshop/parts': [{ ...LOW, id: 'p2', name: 'Kette', low: false, onHand: 9 }, LOW],
    });
    await settle();
    const first = el.querySelector('[data-testid="parts"] li');
    expect(first?.getAttribute('data-sku')).toBe('SCHL-28');
    expect(clean(first?.querySelector('[data-testid="part-on-hand"]')?.textContent)).toContain(
      'Mindestbestand',
    );
  });

  it('hours: entries of the month and the workers', async () => {
    const el = await render(HoursPageComponent, HoursStore);
    await answer(el, {
      '/api/workshop/workers': [
        {
          id: 'w1',
          displayName: 'Yusuf',
          programme: 'asylblg_5',
          userId: null,
          safetyInstructionOn: null,
          mayInspect: true,
          active: true,
        },
      ],
      '/api/workshop/time-entries': [
        {
          id: 't1',
          workerId: 'w1',
          workerName: 'Yusuf',
          programme: 'asylblg_5',
          workOrderId: null,
          bikeLabel: 'FR-0003',
          workedOn: '2026-11-20',
          minutes: 90,
          note: null,
          approved: false,
        },
      ],
    });
    await settle();
    expect(clean(el.querySelector('[data-testid="time-entries"]')?.textContent)).toContain(
      '1 Std. 30 Min.',
    );
    expect(clean(el.querySelector('[data-testid="workers"]')?.textContent)).toContain('fehlt');
  });

  it('settings: read-only for the workshop team', async () => {
    const el = await render(WorkshopSettingsPageComponent, WorkshopSettingsStore);
    await answer(el, {
      '/api/workshop/settings': {
        inspectionValidityDays: 30,
        loanDays: 28,
        feeCents: 500,
        depositCents: 2000,
        contractType: 'miete',
        contractVersion: 1,
        rentalLimit: 1,
        reservationHours: 48,
        updatedAt: '2026-11-01T10:00:00Z',
      },
    });
    await settle();
    expect(el.querySelector('[data-testid="settings-read-only"]')).not.toBeNull();
    expect(el.querySelector<HTMLFieldSetElement>('fieldset')?.disabled).toBe(true);
    expect(el.querySelector<HTMLInputElement>('#settings-fee')?.value).toBe('5,00');
  });

  it('reports: month table, charts, parts and hours', async () => {
    const el = await render(WorkshopReportsPageComponent, WorkshopReportsStore);
    await answer(el, { '/api/workshop/reports': REPORT });
    await settle();
    expect(el.querySelectorAll('[data-testid="report-months"] tbody tr').length).toBe(2);
    expect(el.querySelectorAll('zl-bar-chart').length).toBe(2);
    expect(clean(el.querySelector('[data-testid="report-hours"]')?.textContent)).toContain('10');
    expect(el.querySelector('[data-testid="report-csv"]')?.getAttribute('href')).toMatch(
      /report\.csv\?from=/,
    );
    expect(el.querySelector('[data-testid="hours-csv"]')).toBeNull();
  });
});
