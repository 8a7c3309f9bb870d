import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  input,
  model,
  viewChildren,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { LanguageLevel, SpokenLanguage } from '@zusammen/shared/contracts';
import { LANGUAGE_LEVELS } from '@zusammen/shared/contracts';
import { SPONSORSHIP_LANGUAGE_CODES, isKnownLanguageCode } from '../sponsorship-languages';

/**
 * Spoken languages as rows of "language" and "level" selects. Rows are added and removed with buttons named
 * after the row they act on; there is always at least one row. After adding or removing, the focus moves to
 * the language of the new row (or of the row that took the removed one's place), so keyboard users stay put.
 */
@Component({
  selector: 'zl-languages-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './languages-editor.component.html',
  styleUrl: './languages-editor.component.scss',
})
export class LanguagesEditorComponent {
  private readonly injector = inject(Injector);

  /** Prefix of the control ids (unique per page). */
  readonly idPrefix = input.required<string>();
  /** The legend of the group, already translated. */
  readonly legend = input.required<string>();
  readonly value = model<readonly SpokenLanguage[]>([{ code: 'de', level: 'good' }]);
  readonly invalid = input(false);
  /** Ids of the caller's hint and error texts, space-separated. */
  readonly describedBy = input<string | null>(null);

  protected readonly levels = LANGUAGE_LEVELS;
  protected readonly isKnown = isKnownLanguageCode;

  private readonly languageSelects = viewChildren<ElementRef<HTMLSelectElement>>('language');

  /** At least one row, even while the value is empty. */
  protected rows(): readonly SpokenLanguage[] {
    const rows = this.value();
    return rows.length > 0 ? rows : [{ code: '', level: 'good' }];
  }

  /** The languages to offer in a row: the known list, plus the row's own code if it is not on it. */
  protected codesFor(row: SpokenLanguage): readonly string[] {
    return row.code && !isKnownLanguageCode(row.code)
      ? [row.code, ...SPONSORSHIP_LANGUAGE_CODES]
      : SPONSORSHIP_LANGUAGE_CODES;
  }

  protected setCode(index: number, code: string): void {
    this.replace(index, { ...this.rows()[index], code });
  }

  protected setLevel(index: number, level: string): void {
    const known = this.levels.find((l) => l === level);
    if (known) this.replace(index, { ...this.rows()[index], level: known as LanguageLevel });
  }

  protected add(): void {
    const used = new Set(this.rows().map((r) => r.code));
    const next = SPONSORSHIP_LANGUAGE_CODES.find((code) => !used.has(code)) ?? '';
    const rows = [...this.rows(), { code: next, level: 'basic' as const }];
    this.value.set(rows);
    this.focusRow(rows.length - 1);
  }

  protected remove(index: number): void {
    const rows = this.rows().filter((_, i) => i !== index);
    this.value.set(rows);
    this.focusRow(Math.min(index, rows.length - 1));
  }

  /** Moves the focus to the language select of a row, e.g. when the server refused the languages. */
  focus(index = 0): void {
    this.languageSelects()[index]?.nativeElement.focus();
  }

  private replace(index: number, row: SpokenLanguage): void {
    this.value.set(this.rows().map((r, i) => (i === index ? row : r)));
  }

  private focusRow(index: number): void {
    afterNextRender(() => this.focus(Math.max(index, 0)), { injector: this.injector });
  }
}
