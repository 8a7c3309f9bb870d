import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type {
  BikeDetail,
  BorrowerSummary,
  HandoutCheckResponse,
  RentalDetail,
} from '@zusammen/shared/contracts';
import { HandoutStore } from '@zusammen/web/workshop/data-access';
import { clean, counterTranslocoTesting, settle } from '../shared/counter-i18n.testing';
import { CounterPageComponent } from './counter-page.component';

const BIKE = {
  id: 'b1',
  inventoryNo: 42,
  label: 'FR-0042',
  make: 'Gazelle',
  model: null,
  cycleType: 'city',
  frameSizeCm: 53,
  wheelInches: 28,
  technicalState: 'roadworthy',
  availability: 'available',
  roadworthyUntil: '2026-12-20',
  overdue: false,
  rentals: [],
} as unknown as BikeDetail;

const PERSON: BorrowerSummary = {
  id: 'p1',
  displayName: 'Amal Haddad',
  phone: '0151 2345678',
  hasAccount: false,
  preferredLocale: 'ar',
  reminderChannel: 'phone',
  gate: {
    eligibleUntil: null,
    eligibilityBasis: null,
    briefed: false,
    blockedUntil: null,
    openRentals: 0,
    refusals: ['ELIGIBILITY_MISSING', 'BRIEFING_MISSING'],
  },
};

const CHECK: HandoutCheckResponse = {
  refusals: [],
  contractType: 'miete',
  contractVersion: 1,
  feeCents: 500,
  depositCents: 2000,
  dueOn: '2026-12-27',
  inspectionValidUntil: '2026-12-20',
};

describe('CounterPageComponent (handout stepper)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CounterPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const testid = (id: string): HTMLElement | null => el().querySelector(`[data-testid="${id}"]`);
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
    fixture.detectChanges();
    await settle();
  };
  const stepStates = (): (string | null)[] =>
    Array.from(el().querySelectorAll('[data-testid="stepper"] li')).map((li) =>
      li.getAttribute('data-state'),
    );

  async function open(fahrrad?: string): Promise<void> {
    TestBed.configureTestingModule({
      imports: [CounterPageComponent, counterTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), HandoutStore],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CounterPageComponent);
    if (fahrrad) fixture.componentRef.setInput('fahrrad', fahrrad);
    await stable();
  }

  async function choosePerson(check: HandoutCheckResponse): Promise<void> {
    const query = el().querySelector<HTMLInputElement>('#borrower-query');
    if (!query) throw new Error('no person search');
    query.value = 'Amal';
    query.form?.dispatchEvent(new Event('submit'));
    http.expectOne((r) => r.url === '/api/workshop/borrowers').flush([PERSON]);
    await stable();
    testid('borrower-result')?.click();
    await stable();
    http.expectOne('/api/workshop/rentals/check').flush(check);
    http.expectOne('/api/workshop/borrowers/p1').flush(PERSON);
    await stable();
  }

  beforeEach(() => {
    // jsdom has no canvas: the signature pad draws nothing here.
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  afterEach(() => http.verify());

  it('starts at the bike step and offers the camera and typing the number', async () => {
    await open();
    expect(stepStates()).toEqual(['current', 'todo', 'todo']);
    expect(clean(testid('scan-open')?.textContent)).toBe('QR-Code scannen');
    expect(el().querySelector('#bike-number')).not.toBeNull();
    expect(testid('step-borrower')).toBeNull();
  });

  it('opens with the bike of a scanned label (?fahrrad=) and moves to the person', async () => {
    await open('FR-0042');
    http.expectOne('/api/workshop/bikes/by-number/42').flush(BIKE);
    await stable();
    expect(clean(testid('counter-bike')?.textContent)).toContain('FR-0042');
    expect(clean(testid('counter-bike')?.textContent)).toContain('Verkehrssicher');
    expect(stepStates()).toEqual(['done', 'current', 'todo']);
  });

  it('says why a typed number is no bike number, without asking the server', async () => {
    await open();
    const input = el().querySelector<HTMLInputElement>('#bike-number');
    if (!input) throw new Error('no number field');
    input.value = 'blaues Rad';
    input.form?.dispatchEvent(new Event('submit'));
    await stable();
    expect(clean(el().querySelector('[role="alert"]')?.textContent)).toContain(
      '„blaues Rad“ ist keine Fahrradnummer.',
    );
  });

  it('shows every refusal of the gate with what to do and a link to fix it', async () => {
    await open('42');
    http.expectOne('/api/workshop/bikes/by-number/42').flush(BIKE);
    await stable();
    await choosePerson({ ...CHECK, refusals: ['BRIEFING_MISSING', 'ELIGIBILITY_MISSING'] });
    const items = Array.from(el().querySelectorAll('[data-testid="refusals"] li'));
    expect(items.map((li) => li.getAttribute('data-refusal'))).toEqual([
      'ELIGIBILITY_MISSING',
      'BRIEFING_MISSING',
    ]);
    expect(clean(items[1].textContent)).toContain('Führen Sie die Einweisung durch');
    expect(items[1].querySelector('a')?.getAttribute('href')).toBe(
      '/werkstatt/personen/p1?ausgabe=FR-0042#briefing',
    );
    expect(testid('step-terms')).toBeNull();
    expect(stepStates()).toEqual(['done', 'current', 'todo']);
  });

  it('hands out with the terms, signed on paper, and shows the contract link', async () => {
    await open('42');
    http.expectOne('/api/workshop/bikes/by-number/42').flush(BIKE);
    await stable();
    await choosePerson(CHECK);
    expect(stepStates()).toEqual(['done', 'done', 'current']);
    testid('signed-on-paper')?.click();
    await stable();
    testid('hand-out')?.click();
    await stable();
    const request = http.expectOne('/api/workshop/rentals');
    expect(request.request.headers.get('Idempotency-Key')).toBeTruthy();
    expect(request.request.body).toEqual({
      bikeId: 'b1',
      borrowerId: 'p1',
      dueOn: '2026-12-27',
      feeStatus: 'paid',
      depositStatus: 'held',
      accessoriesOut: ['lock', 'lights'],
      signatureKind: 'paper',
      signatureImage: null,
    });
    request.flush({
      id: 'r1',
      bikeLabel: 'FR-0042',
      borrowerName: 'Amal Haddad',
      dueOn: '2026-12-27',
      contractUrl: '/api/workshop/rentals/r1/contract.pdf',
    } as RentalDetail);
    await stable();
    expect(clean(testid('handout-done')?.textContent)).toBe(
      'FR-0042 ist an Amal Haddad ausgegeben.',
    );
    expect(testid('contract-link')?.getAttribute('href')).toBe(
      '/api/workshop/rentals/r1/contract.pdf',
    );
    expect(stepStates()).toEqual(['done', 'done', 'done']);
  });

  it('asks for a signature before sending when signing on screen', async () => {
    await open('42');
    http.expectOne('/api/workshop/bikes/by-number/42').flush(BIKE);
    await stable();
    await choosePerson(CHECK);
    testid('hand-out')?.click();
    await stable();
    http.expectNone('/api/workshop/rentals');
    expect(clean(el().querySelector('#signature-error')?.textContent)).toContain(
      'Bitte unterschreiben lassen',
    );
  });
});
