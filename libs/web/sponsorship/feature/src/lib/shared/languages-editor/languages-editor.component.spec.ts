import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import type { SpokenLanguage } from '@zusammen/shared/contracts';
import { de, sponsorshipTranslocoTesting } from '../sponsorship-i18n.testing';
import { LanguagesEditorComponent } from './languages-editor.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LanguagesEditorComponent],
  template: `<zl-languages-editor idPrefix="t" legend="Sprachen" [(value)]="languages" />`,
})
class HostComponent {
  readonly languages = signal<readonly SpokenLanguage[]>([
    { code: 'ar', level: 'native' },
    { code: 'de', level: 'good' },
  ]);
}

describe('LanguagesEditorComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const buttons = (): HTMLButtonElement[] => Array.from(el().querySelectorAll('button'));
  const choose = async (id: string, value: string): Promise<void> => {
    const select = el().querySelector(`#${id}`) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [sponsorshipTranslocoTesting()] });
    fixture = TestBed.createComponent(HostComponent);
    fixture.autoDetectChanges();
    await fixture.whenStable();
  });

  it('shows one labelled language and level select per row inside a named group', () => {
    expect(el().querySelector('legend')?.textContent?.trim()).toBe('Sprachen');
    expect(el().querySelector('label[for="t-code-0"]')?.textContent?.trim()).toBe('Sprache 1');
    expect(el().querySelector('label[for="t-level-1"]')?.textContent?.trim()).toBe(
      de.sponsorshipVocabulary.form.level,
    );
    expect((el().querySelector('#t-code-0') as HTMLSelectElement).value).toBe('ar');
    expect((el().querySelector('#t-level-0') as HTMLSelectElement).value).toBe('native');
  });

  it('names each remove button after its row and keeps at least one row', async () => {
    const remove = buttons().filter((b) => b.textContent?.includes('Sprache 1 entfernen'));
    expect(remove).toHaveLength(1);
    expect(remove[0].textContent).toContain('Arabisch');

    remove[0].click();
    await fixture.whenStable();

    expect(fixture.componentInstance.languages()).toEqual([{ code: 'de', level: 'good' }]);
    expect(buttons().map((b) => b.textContent?.trim())).toEqual([
      de.sponsorshipVocabulary.form.addLanguage,
    ]);
  });

  it('adds a row with a language not chosen yet and moves the focus to it', async () => {
    buttons()
      .find((b) => b.textContent?.trim() === de.sponsorshipVocabulary.form.addLanguage)
      ?.click();
    await fixture.whenStable();

    const languages = fixture.componentInstance.languages();
    expect(languages).toHaveLength(3);
    expect(languages[2].code).not.toBe('ar');
    expect(languages[2].code).not.toBe('de');
    expect(document.activeElement?.id).toBe('t-code-2');
  });

  it('changes language and level of one row', async () => {
    await choose('t-code-1', 'ti');
    await choose('t-level-1', 'fluent');

    expect(fixture.componentInstance.languages()).toEqual([
      { code: 'ar', level: 'native' },
      { code: 'ti', level: 'fluent' },
    ]);
  });

  it('keeps a stored language that is not on the list, shown by its code', async () => {
    fixture.componentInstance.languages.set([{ code: 'am', level: 'good' }]);
    await fixture.whenStable();

    const select = el().querySelector('#t-code-0') as HTMLSelectElement;
    expect(select.value).toBe('am');
    expect(select.selectedOptions[0].textContent?.trim()).toBe('am');
  });
});
