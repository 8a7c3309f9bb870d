import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SectionNavComponent, type SectionNavItem } from './section-nav.component';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class BlankComponent {}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SectionNavComponent],
  template: `<zl-section-nav label="Werkstatt" [items]="items" />`,
})
class HostComponent {
  readonly items: SectionNavItem[] = [
    { path: '/werkstatt', label: 'Übersicht', exact: true },
    { path: '/werkstatt/fahrraeder', label: 'Fahrräder', exact: false },
  ];
}

describe('SectionNavComponent', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: '**', component: BlankComponent }])],
    });
  });

  it('names the navigation and marks only the current section (exact for the overview)', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.autoDetectChanges();
    await TestBed.inject(Router).navigateByUrl('/werkstatt/fahrraeder/42');
    await fixture.whenStable();
    const nav = fixture.nativeElement.querySelector('nav') as HTMLElement;
    expect(nav.getAttribute('aria-label')).toBe('Werkstatt');
    const links = Array.from(nav.querySelectorAll('a'));
    expect(links.map((a) => a.textContent?.trim())).toEqual(['Übersicht', 'Fahrräder']);
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual([null, 'page']);
  });
});
