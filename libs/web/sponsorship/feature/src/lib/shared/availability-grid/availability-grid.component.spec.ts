import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import type { AvailabilitySlot } from '@zusammen/shared/contracts';
import { sponsorshipTranslocoTesting } from '../sponsorship-i18n.testing';
import { AvailabilityGridComponent } from './availability-grid.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AvailabilityGridComponent],
  template: `<zl-availability-grid idPrefix="a" caption="Freie Zeiten" [(value)]="slots" />`,
})
class HostComponent {
  readonly slots = signal<readonly AvailabilitySlot[]>(['sat-morning']);
}

describe('AvailabilityGridComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const box = (slot: string): HTMLInputElement =>
    el().querySelector(`#a-${slot}`) as HTMLInputElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [sponsorshipTranslocoTesting()] });
    fixture = TestBed.createComponent(HostComponent);
    fixture.autoDetectChanges();
    await fixture.whenStable();
  });

  it('is a table with a caption, weekday rows and part-of-day columns', () => {
    expect(el().querySelector('table caption')?.textContent?.trim()).toBe('Freie Zeiten');
    const columns = Array.from(el().querySelectorAll('thead th[scope="col"]'));
    expect(columns.map((th) => th.textContent?.trim())).toEqual([
      'Vormittag',
      'Nachmittag',
      'Abend',
    ]);
    const rows = Array.from(el().querySelectorAll('tbody th[scope="row"]'));
    expect(rows.map((th) => th.textContent?.trim())).toEqual([
      'Montag',
      'Dienstag',
      'Mittwoch',
      'Donnerstag',
      'Freitag',
      'Samstag',
      'Sonntag',
    ]);
    expect(el().querySelectorAll('input[type="checkbox"]')).toHaveLength(21);
  });

  it('gives every checkbox its own label naming day and part of day', () => {
    const label = el().querySelector('label[for="a-tue-evening"]');
    expect(label?.textContent?.trim()).toBe('Dienstag, Abend');
    expect(box('sat-morning').checked).toBe(true);
  });

  it('ticks and unticks slots, keeping the order of the week', async () => {
    box('mon-evening').click();
    box('wed-morning').click();
    box('sat-morning').click();
    await fixture.whenStable();

    expect(fixture.componentInstance.slots()).toEqual(['mon-evening', 'wed-morning']);
  });
});
