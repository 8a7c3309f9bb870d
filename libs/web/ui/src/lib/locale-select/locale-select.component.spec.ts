import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import type { Locale } from '@zusammen/shared/contracts';
import type { LanguageOption } from '../language-switcher/language-option';
import { LocaleSelectComponent } from './locale-select.component';

const OPTIONS: readonly LanguageOption[] = [
  { code: 'de', nativeName: 'Deutsch', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'fa', nativeName: 'فارسی', dir: 'rtl' },
];

describe('LocaleSelectComponent', () => {
  let fixture: ComponentFixture<LocaleSelectComponent>;
  let select: HTMLSelectElement;
  let emitted: Locale[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(LocaleSelectComponent);
    fixture.componentRef.setInput('selectId', 'desk-locale');
    fixture.componentRef.setInput('options', OPTIONS);
    fixture.componentRef.setInput('value', 'ar');
    emitted = [];
    fixture.componentInstance.valueChange.subscribe((locale) => emitted.push(locale));
    await fixture.whenStable();
    select = fixture.nativeElement.querySelector('select');
  });

  it('is a select with the given id and the name "locale"', () => {
    expect(select.id).toBe('desk-locale');
    expect(select.name).toBe('locale');
    expect(fixture.componentInstance.control().nativeElement).toBe(select);
  });

  it('names each language in its own language, marked with lang and dir', () => {
    const options = Array.from(select.options);

    expect(options.map((option) => option.textContent?.trim())).toEqual([
      'Deutsch',
      'العربية',
      'فارسی',
    ]);
    expect(options.map((option) => option.value)).toEqual(['de', 'ar', 'fa']);
    expect(options.map((option) => option.lang)).toEqual(['de', 'ar', 'fa']);
    expect(options.map((option) => option.dir)).toEqual(['ltr', 'rtl', 'rtl']);
  });

  it('shows the value the page holds', async () => {
    expect(select.value).toBe('ar');

    fixture.componentRef.setInput('value', 'fa');
    await fixture.whenStable();

    expect(select.value).toBe('fa');
  });

  it('emits the chosen language', () => {
    select.value = 'de';
    select.dispatchEvent(new Event('change'));

    expect(emitted).toEqual(['de']);
  });

  it('passes the invalid state and the description ids on to the select', async () => {
    expect(select.getAttribute('aria-invalid')).toBe('false');
    expect(select.hasAttribute('aria-describedby')).toBe(false);

    fixture.componentRef.setInput('invalid', true);
    fixture.componentRef.setInput('describedBy', 'desk-locale-error');
    await fixture.whenStable();

    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.getAttribute('aria-describedby')).toBe('desk-locale-error');
  });
});
