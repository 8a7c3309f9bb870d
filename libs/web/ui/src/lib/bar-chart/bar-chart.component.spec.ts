import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import type { ChartBar } from './bar-chart.component';
import { BarChartComponent } from './bar-chart.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BarChartComponent],
  template: `<zl-bar-chart
    title="Beendet nach Grund"
    [bars]="bars()"
    [direction]="direction()"
    [max]="max()"
    locale="de"
  />`,
})
class HostComponent {
  readonly bars = signal<ChartBar[]>([
    { label: 'Ziel erreicht', value: 8, valueText: '8' },
    { label: 'Umzug', value: 2, valueText: '2' },
    { label: 'Kontakt eingeschlafen', value: 0, valueText: '0' },
  ]);
  readonly direction = signal<'ltr' | 'rtl'>('ltr');
  readonly max = signal<number | null>(null);
}

describe('BarChartComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  const chart = (): HTMLElement =>
    fixture.nativeElement.querySelector('[role="img"]') as HTMLElement;
  const bars = (): Element[] =>
    Array.from(chart().querySelectorAll('svg [data-testid="chart-bar"]'));

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostComponent);
    fixture.autoDetectChanges();
    await fixture.whenStable();
  });

  it('is one image named by its title and every value', () => {
    expect(chart().getAttribute('aria-label')).toBe(
      'Beendet nach Grund. Ziel erreicht: 8, Umzug: 2 und Kontakt eingeschlafen: 0',
    );
    const labels = Array.from(chart().querySelectorAll('.chart__label'));
    expect(labels.map((label) => label.textContent?.trim())).toEqual([
      'Ziel erreicht',
      'Umzug',
      'Kontakt eingeschlafen',
    ]);
  });

  it('scales the bars to the largest value, from the reading start', () => {
    expect(bars().map((bar) => bar.getAttribute('width'))).toEqual(['75%', '18.8%', '0%']);
    expect(bars().map((bar) => bar.getAttribute('x'))).toEqual(['0', '0', '0']);
    const values = Array.from(chart().querySelectorAll('text.value'));
    expect(values.map((value) => value.getAttribute('x'))).toEqual(['75%', '18.8%', '0%']);
    expect(values[0].textContent?.trim()).toBe('8');
  });

  it('grows from the right in Arabic and Farsi', async () => {
    fixture.componentInstance.direction.set('rtl');
    await fixture.whenStable();
    expect(chart().querySelector('svg')?.getAttribute('direction')).toBe('rtl');
    expect(bars().map((bar) => bar.getAttribute('x'))).toEqual(['25%', '81.2%', '100%']);
    expect(chart().querySelector('rect.track')?.getAttribute('x')).toBe('25%');
    expect(chart().querySelector('text.value')?.getAttribute('dx')).toBe('-6');
  });

  it('measures against a given full value and never draws past it (shares of 1)', async () => {
    fixture.componentInstance.max.set(10);
    await fixture.whenStable();
    expect(bars().map((bar) => bar.getAttribute('width'))).toEqual(['60%', '15%', '0%']);
    fixture.componentInstance.max.set(4);
    await fixture.whenStable();
    expect(bars().map((bar) => bar.getAttribute('width'))).toEqual(['75%', '37.5%', '0%']);
  });

  it('draws no bar lengths when every value is 0', async () => {
    fixture.componentInstance.bars.set([{ label: 'A', value: 0, valueText: '0' }]);
    await fixture.whenStable();
    expect(bars().map((bar) => bar.getAttribute('width'))).toEqual(['0%']);
  });
});
