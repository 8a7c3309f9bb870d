import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BikeDetailStore } from '@zusammen/web/workshop/data-access';
import { clean, counterTranslocoTesting, settle } from '../../counter/shared/counter-i18n.testing';
import { BikeIntakePageComponent } from './bike-intake-page.component';

describe('BikeIntakePageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<BikeIntakePageComponent>;
  const tr = (key: string): string => TestBed.inject(TranslocoService).translate(key);
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const $ = <T extends HTMLElement>(selector: string): T => el().querySelector(selector) as T;
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
    await settle();
  };
  const type = async (selector: string, value: string): Promise<void> => {
    const input = $<HTMLInputElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
    await stable();
  };
  const submit = async (): Promise<void> => {
    $<HTMLFormElement>('form').dispatchEvent(new Event('submit', { cancelable: true }));
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [BikeIntakePageComponent, counterTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        BikeDetailStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BikeIntakePageComponent);
    await stable();
  });

  afterEach(() => http.verify());

  it('lists every missing field in the summary and sends nothing', async () => {
    await submit();
    const links = Array.from(el().querySelectorAll('zl-form-error-summary a')).map((a) =>
      clean(a.textContent),
    );
    const required = tr('workshopInventory.intake.errors.required');
    expect(links).toEqual(
      ['frameNo', 'make', 'colours', 'cycleType'].map(
        (field) => `${tr(`workshopInventory.intake.${field}`)}: ${required}`,
      ),
    );
    http.expectNone('/api/workshop/bikes');
  });

  it('asks a lost-and-found bike for its reference and fills the holding end', async () => {
    const source = $<HTMLInputElement>('input[name="source"][value="lost_and_found"]');
    source.checked = true;
    source.dispatchEvent(new Event('change'));
    await stable();
    await type('#intake-found', '2026-05-31');
    expect($<HTMLInputElement>('#intake-hold-ends').value).toBe('2026-11-30');
    expect($('#intake-fundbuero-ref')).not.toBeNull();
  });

  it('warns that an S-pedelec is never lent', async () => {
    const select = $<HTMLSelectElement>('#intake-propulsion');
    select.value = 's_pedelec';
    select.dispatchEvent(new Event('change'));
    await stable();
    expect(clean($('[data-testid="unlendable-warning"]').textContent)).toBe(
      tr('workshopInventory.intake.unlendableWarning'),
    );
  });

  it('sends the intake and opens the new bike', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await type('#intake-frame-no', 'WAZ 123');
    await type('#intake-make', 'Gazelle');
    const kind = $<HTMLSelectElement>('#intake-type');
    kind.value = 'city';
    kind.dispatchEvent(new Event('change'));
    const blue = el().querySelectorAll<HTMLInputElement>(
      '#intake-colours input[type="checkbox"]',
    )[5];
    blue.click();
    await stable();
    await submit();
    const request = http.expectOne('/api/workshop/bikes');
    expect(request.request.body).toMatchObject({
      source: 'donation',
      frameNo: 'WAZ 123',
      make: 'Gazelle',
      cycleType: 'city',
      colours: ['blue'],
    });
    request.flush({ id: 'bike-9' }, { status: 201, statusText: 'Created' });
    await stable();
    expect(navigate).toHaveBeenCalledWith(['/werkstatt/fahrraeder', 'bike-9'], {
      state: { notice: 'intakeDone', photosFailed: 0 },
    });
  });

  it('shows the server field messages at the field', async () => {
    await type('#intake-frame-no', 'WAZ 123');
    await type('#intake-make', 'Gazelle');
    const kind = $<HTMLSelectElement>('#intake-type');
    kind.value = 'city';
    kind.dispatchEvent(new Event('change'));
    el().querySelectorAll<HTMLInputElement>('#intake-colours input[type="checkbox"]')[0].click();
    await stable();
    await submit();
    http
      .expectOne('/api/workshop/bikes')
      .flush(
        { code: 'VALIDATION_FAILED', message: 'x', details: { make: ['make is too odd'] } },
        { status: 422, statusText: 'Unprocessable' },
      );
    await stable();
    expect(clean($('#intake-make-error').textContent)).toBe('make is too odd');
  });
});
