import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, input, output, viewChild } from '@angular/core';
import type { Locale } from '@zusammen/shared/contracts';
import type { LanguageOption } from '../language-switcher/language-option';

/**
 * A native `<select>` for the language of a person (their account, mails and notifications), each
 * language named in its own language. The label, hint and error texts stay with the caller: its
 * `<label for>` points at `selectId`. Emits the chosen language; the caller keeps the value.
 */
@Component({
  selector: 'zl-locale-select',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './locale-select.component.html',
  styleUrl: './locale-select.component.scss',
})
export class LocaleSelectComponent {
  /** Id of the `<select>` (the caller's label points at it). */
  readonly selectId = input.required<string>();
  readonly name = input('locale');
  /** Languages to offer, in display order. */
  readonly options = input.required<readonly LanguageOption[]>();
  readonly value = input.required<Locale>();
  readonly invalid = input(false);
  /** Ids of the caller's hint and error texts, space-separated. */
  readonly describedBy = input<string | null>(null);
  readonly valueChange = output<Locale>();

  /** The `<select>` itself, for callers that move the focus to it. */
  readonly control = viewChild.required<ElementRef<HTMLSelectElement>>('control');

  protected choose(value: string): void {
    const chosen = this.options().find((option) => option.code === value);
    if (chosen) this.valueChange.emit(chosen.code);
  }
}
