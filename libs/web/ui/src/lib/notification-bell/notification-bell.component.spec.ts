import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NotificationBellComponent } from './notification-bell.component';

describe('NotificationBellComponent', () => {
  let fixture: ComponentFixture<NotificationBellComponent>;
  const link = (): HTMLAnchorElement =>
    fixture.nativeElement.querySelector('a') as HTMLAnchorElement;
  const badge = (): string | null | undefined =>
    fixture.nativeElement.querySelector('[data-testid="notification-badge"]')?.textContent?.trim();

  async function render(count: number | null): Promise<void> {
    fixture.componentRef.setInput('count', count);
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [NotificationBellComponent],
      providers: [provideRouter([])],
    });
    fixture = TestBed.createComponent(NotificationBellComponent);
    fixture.componentRef.setInput('route', '/benachrichtigungen');
    fixture.componentRef.setInput('label', 'Benachrichtigungen, 3 ungelesen');
  });

  it('links to the list, named by its label including the count', async () => {
    await render(3);

    expect(link().getAttribute('href')).toBe('/benachrichtigungen');
    expect(link().querySelector('.visually-hidden')?.textContent?.trim()).toBe(
      'Benachrichtigungen, 3 ungelesen',
    );
    expect(link().querySelector('.bell__badge')?.getAttribute('aria-hidden')).toBe('true');
    expect(badge()).toBe('3');
  });

  it('shows no badge while the count is unknown or zero', async () => {
    await render(null);
    expect(badge()).toBeUndefined();

    await render(0);
    expect(badge()).toBeUndefined();
  });

  it('caps the badge at 99+', async () => {
    await render(250);

    expect(badge()).toBe('99+');
  });
});
