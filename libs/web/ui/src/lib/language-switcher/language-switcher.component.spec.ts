import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import type { Locale } from '@zusammen/shared/contracts';
import type { LanguageOption } from './language-option';
import { LanguageSwitcherComponent } from './language-switcher.component';

const OPTIONS: readonly LanguageOption[] = [
  { code: 'de', nativeName: 'Deutsch', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr' },
];

describe('LanguageSwitcherComponent', () => {
  let fixture: ComponentFixture<LanguageSwitcherComponent>;
  let select: HTMLSelectElement;
  let emitted: Locale[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(LanguageSwitcherComponent);
    fixture.componentRef.setInput('options', OPTIONS);
    fixture.componentRef.setInput('current', 'de');
    fixture.componentRef.setInput('label', 'Sprache');
    emitted = [];
    fixture.componentInstance.localeChange.subscribe((locale) => emitted.push(locale));
    await fixture.whenStable();
    select = fixture.nativeElement.querySelector('select');
  });

  it('is a select labelled by its visible label', () => {
    const label: HTMLLabelElement = fixture.nativeElement.querySelector('label');

    expect(label.textContent?.trim()).toBe('Sprache');
    expect(label.htmlFor).toBe(select.id);
  });

  it('names each language in its own language, with lang and dir', () => {
    const options = Array.from(select.options);

    expect(options.map((option) => option.textContent?.trim())).toEqual([
      'Deutsch',
      'العربية',
      'Українська',
    ]);
    expect(options.map((option) => option.lang)).toEqual(['de', 'ar', 'uk']);
    expect(options[1].dir).toBe('rtl');
  });

  it('shows the current language as selected', async () => {
    fixture.componentRef.setInput('current', 'uk');
    await fixture.whenStable();

    expect(select.value).toBe('uk');
  });

  it('emits the chosen language', () => {
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));

    expect(emitted).toEqual(['ar']);
  });

  it('emits nothing when the current language is chosen again', () => {
    select.value = 'de';
    select.dispatchEvent(new Event('change'));

    expect(emitted).toEqual([]);
  });
});
