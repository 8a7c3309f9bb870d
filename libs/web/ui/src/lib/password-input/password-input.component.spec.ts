import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { PasswordInputComponent } from './password-input.component';

/** Two fields as on the "change password" form: one button shows and hides both. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PasswordInputComponent],
  template: `
    <label for="current">Aktuelles Passwort</label>
    <zl-password-input
      inputId="current"
      name="currentPassword"
      autocomplete="current-password"
      [visible]="visible()"
      [value]="current()"
      (valueChange)="current.set($event)"
    />
    <label for="next">Neues Passwort</label>
    <zl-password-input
      inputId="next"
      name="newPassword"
      autocomplete="new-password"
      controls="current next"
      toggleLabel="Passwort anzeigen"
      [minLength]="12"
      [(visible)]="visible"
      [value]="next()"
      [invalid]="invalid()"
      [describedBy]="invalid() ? 'next-hint next-error' : 'next-hint'"
      (valueChange)="next.set($event)"
    />
  `,
})
class TwoPasswordsComponent {
  readonly visible = signal(false);
  readonly current = signal('');
  readonly next = signal('');
  readonly invalid = signal(false);
}

describe('PasswordInputComponent', () => {
  let fixture: ComponentFixture<TwoPasswordsComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const field = (id: string): HTMLInputElement => el().querySelector(`#${id}`) as HTMLInputElement;
  const buttons = (): HTMLButtonElement[] => Array.from(el().querySelectorAll('button'));

  beforeEach(async () => {
    fixture = TestBed.createComponent(TwoPasswordsComponent);
    fixture.autoDetectChanges();
    await fixture.whenStable();
  });

  it('renders a hidden, required password field that the page label points at', () => {
    const next = field('next');

    expect(el().querySelector('label[for="next"]')).not.toBeNull();
    expect(next.type).toBe('password');
    expect(next.name).toBe('newPassword');
    expect(next.autocomplete).toBe('new-password');
    expect(next.required).toBe(true);
    expect(next.dir).toBe('ltr');
    expect(next.getAttribute('spellcheck')).toBe('false');
    expect(next.getAttribute('autocapitalize')).toBe('none');
    expect(next.getAttribute('minlength')).toBe('12');
    expect(field('current').hasAttribute('minlength')).toBe(false);
  });

  it('passes the invalid state and the description ids on to the field', async () => {
    expect(field('next').getAttribute('aria-invalid')).toBe('false');
    expect(field('next').getAttribute('aria-describedby')).toBe('next-hint');
    expect(field('current').hasAttribute('aria-describedby')).toBe(false);

    fixture.componentInstance.invalid.set(true);
    await fixture.whenStable();

    expect(field('next').getAttribute('aria-invalid')).toBe('true');
    expect(field('next').getAttribute('aria-describedby')).toBe('next-hint next-error');
  });

  it('shows the button only where a label is given, naming the fields it controls', () => {
    expect(buttons()).toHaveLength(1);
    const [toggle] = buttons();

    expect(toggle.type).toBe('button');
    expect(toggle.textContent?.trim()).toBe('Passwort anzeigen');
    expect(toggle.getAttribute('aria-controls')).toBe('current next');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows and hides both passwords with one button, keeping its name', async () => {
    const [toggle] = buttons();

    toggle.click();
    await fixture.whenStable();

    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.textContent?.trim()).toBe('Passwort anzeigen');
    expect(fixture.componentInstance.visible()).toBe(true);
    expect([field('current').type, field('next').type]).toEqual(['text', 'text']);

    toggle.click();
    await fixture.whenStable();

    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect([field('current').type, field('next').type]).toEqual(['password', 'password']);
  });

  it('hides the passwords again when the page resets the visibility', async () => {
    buttons()[0].click();
    await fixture.whenStable();

    fixture.componentInstance.visible.set(false);
    await fixture.whenStable();

    expect(field('next').type).toBe('password');
    expect(buttons()[0].getAttribute('aria-pressed')).toBe('false');
  });

  it('reports typing and shows the value the page holds', async () => {
    field('next').value = 'Fahrrad am Kanal';
    field('next').dispatchEvent(new Event('input'));
    await fixture.whenStable();

    expect(fixture.componentInstance.next()).toBe('Fahrrad am Kanal');

    fixture.componentInstance.next.set('');
    await fixture.whenStable();

    expect(field('next').value).toBe('');
  });
});

describe('PasswordInputComponent alone', () => {
  it('controls its own field and exposes it for focusing', async () => {
    const fixture = TestBed.createComponent(PasswordInputComponent);
    fixture.componentRef.setInput('inputId', 'sign-in-password');
    fixture.componentRef.setInput('name', 'password');
    fixture.componentRef.setInput('autocomplete', 'current-password');
    fixture.componentRef.setInput('value', 'geheim');
    fixture.componentRef.setInput('toggleLabel', 'Passwort anzeigen');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    expect(el.querySelector('button')?.getAttribute('aria-controls')).toBe('sign-in-password');
    expect(fixture.componentInstance.control().nativeElement).toBe(
      el.querySelector('#sign-in-password'),
    );
    expect(fixture.componentInstance.control().nativeElement.value).toBe('geheim');
  });
});
