import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import type { BikeDetail } from '@zusammen/shared/contracts';
import { BikeDetailStore } from '@zusammen/web/workshop/data-access';
import { clean, counterTranslocoTesting, settle } from '../../counter/shared/counter-i18n.testing';
import { BikeDetailPageComponent } from './bike-detail-page.component';

const BIKE: BikeDetail = {
  id: 'bike-7',
  inventoryNo: 7,
  label: 'FR-0007',
  make: 'Kalkhoff',
  model: 'Agattu',
  cycleType: 'trekking',
  frameSizeCm: 50,
  wheelInches: 28,
  colours: ['black'],
  technicalState: 'in_repair',
  availability: 'not_lendable',
  roadworthyUntil: null,
  overdue: false,
  source: 'lost_and_found',
  receivedOn: '2026-05-04',
  frameNo: 'KH 4711',
  frameNoStatus: 'present',
  wheelEtrto: '40-622',
  propulsion: 'pedal',
  lighting: 'dynamo',
  condition: 'fair',
  notes: null,
  retirementReason: null,
  provenance: {
    source: 'lost_and_found',
    receivedOn: '2026-05-04',
    donorName: null,
    receiptIssued: false,
    fundbueroRef: 'FB-2026-117',
    foundOn: '2026-04-30',
    holdEndsOn: '2026-10-30',
    ownershipBasis: 'municipality',
    policeCheckOn: '2026-05-05',
    policeCheckResult: 'clear',
  },
  photos: [],
  inspections: [],
  workOrders: [],
  rentals: [],
  allowedActions: ['await_parts', 'send_to_inspection', 'retire'],
  version: 4,
};

describe('BikeDetailPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<BikeDetailPageComponent>;
  const tr = (key: string): string => TestBed.inject(TranslocoService).translate(key);
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const $ = <T extends HTMLElement>(selector: string): T => el().querySelector(selector) as T;
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
    await settle();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [BikeDetailPageComponent, counterTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        BikeDetailStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BikeDetailPageComponent);
    fixture.componentRef.setInput('id', 'bike-7');
    await stable();
    http.expectOne('/api/workshop/bikes/bike-7').flush(BIKE);
    await stable();
  });

  afterEach(() => http.verify());

  it('shows the number, both states in words and the lost-and-found provenance', () => {
    expect(clean($('[data-testid="bike-label"]').textContent)).toBe('FR-0007');
    expect(clean($('[data-testid="bike-technical-state"]').textContent)).toContain(
      tr('workshopEnum.technicalState.in_repair'),
    );
    expect(clean($('[data-testid="bike-availability"]').textContent)).toContain(
      tr('workshopEnum.availability.not_lendable'),
    );
    expect(clean($('[data-testid="bike-provenance"]').textContent)).toContain('FB-2026-117');
  });

  it('offers exactly the allowed actions', () => {
    const actions = Array.from(el().querySelectorAll('[data-action]')).map((b) =>
      b.getAttribute('data-action'),
    );
    expect(actions).toEqual(['await_parts', 'send_to_inspection', 'retire']);
  });

  it('asks for the reason before retiring and sends it with the version', async () => {
    $<HTMLButtonElement>('[data-action="retire"]').click();
    await stable();
    const form = $<HTMLFormElement>('[data-testid="bike-action-confirm"]');
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await stable();
    expect(clean(form.textContent)).toContain(tr('workshopInventory.detail.retireReasonMissing'));
    http.expectNone('/api/workshop/bikes/bike-7/transition');

    const select = $<HTMLSelectElement>('#retire-reason');
    select.value = 'parts_donor';
    select.dispatchEvent(new Event('change'));
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await stable();
    const request = http.expectOne('/api/workshop/bikes/bike-7/transition');
    expect(request.request.body).toEqual({
      action: 'retire',
      version: 4,
      reason: null,
      retirementReason: 'parts_donor',
    });
    request.flush({ ...BIKE, technicalState: 'retired', allowedActions: [], version: 5 });
    await stable();
    expect(clean($('[data-testid="bike-technical-state"]').textContent)).toContain(
      tr('workshopEnum.technicalState.retired'),
    );
  });

  it('sends a plain action at once and reloads after a refusal', async () => {
    $<HTMLButtonElement>('[data-action="send_to_inspection"]').click();
    await stable();
    http
      .expectOne('/api/workshop/bikes/bike-7/transition')
      .flush(
        { code: 'BIKE_ACTION_NOT_ALLOWED', message: 'no', details: {} },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();
    http.expectOne('/api/workshop/bikes/bike-7').flush(BIKE);
    await stable();
    expect(clean($('[role="alert"]').textContent)).toBe(
      tr('workshopInventory.problems.actionNotAllowed'),
    );
  });
});
