import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import type { BorkenDistrict } from '@zusammen/shared/contracts';
import { sponsorshipTranslocoTesting } from '../sponsorship-i18n.testing';
import { DistrictSelectComponent } from './district-select.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DistrictSelectComponent],
  template: `<label for="d">Ortsteil</label
    ><zl-district-select selectId="d" [(value)]="district" />`,
})
class HostComponent {
  readonly district = signal<BorkenDistrict | null>(null);
}

describe('DistrictSelectComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  const select = (): HTMLSelectElement =>
    (fixture.nativeElement as HTMLElement).querySelector('#d') as HTMLSelectElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [sponsorshipTranslocoTesting()] });
    fixture = TestBed.createComponent(HostComponent);
    fixture.autoDetectChanges();
    await fixture.whenStable();
  });

  it('offers every district by its German name after a "please choose" option', () => {
    const names = Array.from(select().options).map((o) => o.textContent?.trim());
    expect(names).toHaveLength(13);
    expect(names[0]).toBe('Bitte wählen');
    expect(names).toContain('Rhedebrügge');
    expect(names).toContain('Grütlohn');
    expect(select().value).toBe('');
  });

  it('reports the chosen district and back to null for "please choose"', async () => {
    select().value = 'gemen';
    select().dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(fixture.componentInstance.district()).toBe('gemen');

    select().value = '';
    select().dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(fixture.componentInstance.district()).toBeNull();
  });
});
