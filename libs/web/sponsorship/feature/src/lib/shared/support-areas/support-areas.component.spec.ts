import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import type { SupportArea } from '@zusammen/shared/contracts';
import { de, sponsorshipTranslocoTesting } from '../sponsorship-i18n.testing';
import { SupportAreasComponent } from './support-areas.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SupportAreasComponent],
  template: `<zl-support-areas idPrefix="s" legend="Wobei helfen?" [(value)]="areas" />`,
})
class HostComponent {
  readonly areas = signal<readonly SupportArea[]>(['health']);
}

describe('SupportAreasComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [sponsorshipTranslocoTesting()] });
    fixture = TestBed.createComponent(HostComponent);
    fixture.autoDetectChanges();
    await fixture.whenStable();
  });

  it('is a fieldset with a legend and one labelled checkbox per area', () => {
    expect(el().querySelector('fieldset legend')?.textContent?.trim()).toBe('Wobei helfen?');
    expect(el().querySelectorAll('input[type="checkbox"]')).toHaveLength(7);
    expect(el().querySelector('label[for="s-school"]')?.textContent?.trim()).toBe(
      de.sponsorshipVocabulary.supportAreas.school,
    );
    expect((el().querySelector('#s-health') as HTMLInputElement).checked).toBe(true);
  });

  it('keeps the vocabulary order whatever the order of ticking', async () => {
    (el().querySelector('#s-housing') as HTMLInputElement).click();
    (el().querySelector('#s-authorities') as HTMLInputElement).click();
    (el().querySelector('#s-health') as HTMLInputElement).click();
    await fixture.whenStable();

    expect(fixture.componentInstance.areas()).toEqual(['authorities', 'housing']);
  });
});
