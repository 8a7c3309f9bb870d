import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import type { InspectionTemplateView } from '@zusammen/shared/contracts';
import { INSPECTION_TEMPLATE_V1 } from '@zusammen/shared/contracts';
import { TranslocoService } from '@jsverse/transloco';
import { clean, counterTranslocoTesting, settle } from '../../counter/shared/counter-i18n.testing';
import type { InspectionSubmit } from './inspection-form.component';
import { InspectionFormComponent } from './inspection-form.component';

const TEMPLATE: InspectionTemplateView = { version: 1, items: [...INSPECTION_TEMPLATE_V1] };

describe('InspectionFormComponent', () => {
  let fixture: ComponentFixture<InspectionFormComponent>;
  let saved: InspectionSubmit[];
  const tr = (key: string): string => TestBed.inject(TranslocoService).translate(key);
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const $ = <T extends HTMLElement>(selector: string): T => el().querySelector(selector) as T;
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
    await settle();
  };
  const choose = async (key: string, result: string): Promise<void> => {
    const radio = $<HTMLInputElement>(`[data-testid="check-${key}"] input[value="${result}"]`);
    radio.checked = true;
    radio.dispatchEvent(new Event('change'));
    await stable();
  };
  const passAll = async (): Promise<void> => {
    for (const item of TEMPLATE.items) await choose(item.key, 'pass');
  };
  const submit = async (): Promise<void> => {
    $<HTMLFormElement>('form').dispatchEvent(new Event('submit', { cancelable: true }));
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [InspectionFormComponent, counterTranslocoTesting()],
    });
    fixture = TestBed.createComponent(InspectionFormComponent);
    fixture.componentRef.setInput('template', TEMPLATE);
    saved = [];
    fixture.componentInstance.save.subscribe((s) => saved.push(s));
    await stable();
  });

  it('shows every item with its label and StVZO reference', () => {
    const brakes = $('[data-testid="check-brakes"]');
    expect(clean(brakes.querySelector('legend')?.textContent)).toBe(
      `${tr('workshopCheck.brakes')} § 65 StVZO`,
    );
    expect(el().querySelectorAll('fieldset[data-testid^="check-"]').length).toBe(14);
  });

  it('offers no n.a. on mandatory items, but on quick releases', () => {
    expect($('[data-testid="check-brakes"] input[value="na"]')).toBeNull();
    expect($('[data-testid="check-quick_releases"] input[value="na"]')).not.toBeNull();
  });

  it('refuses to save an incomplete checklist and lists what is missing', async () => {
    await choose('brakes', 'pass');
    await submit();
    expect(saved).toEqual([]);
    const summary = $('zl-form-error-summary');
    expect(summary).not.toBeNull();
    expect(summary.querySelectorAll('a').length).toBe(13);
    expect(clean($('[data-testid="check-bell"] .error').textContent)).toBe(
      tr('workshopInventory.shared.checkProblem.unanswered'),
    );
  });

  it('shows a failed result with the failed item before saving, then saves it', async () => {
    await passAll();
    await choose('rear_light', 'fail');
    const result = $('[data-testid="inspection-result"]');
    expect(result.getAttribute('data-result')).toBe('failed');
    expect(clean(result.textContent)).toContain(tr('workshopCheck.rear_light'));
    await submit();
    expect(saved.length).toBe(1);
    expect(saved[0].answers['rear_light']).toBe('fail');
  });

  it('passes with quick releases n.a. and sends the notes', async () => {
    await passAll();
    await choose('quick_releases', 'na');
    const notes = $<HTMLTextAreaElement>('#inspection-notes');
    notes.value = 'Bremsbeläge neu';
    notes.dispatchEvent(new Event('input'));
    await stable();
    expect($('[data-testid="inspection-result"]').getAttribute('data-result')).toBe('passed');
    await submit();
    expect(saved[0]).toEqual({
      answers: expect.objectContaining({ quick_releases: 'na', brakes: 'pass' }),
      notes: 'Bremsbeläge neu',
    });
  });
});
