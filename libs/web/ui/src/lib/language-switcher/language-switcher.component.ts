import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { Locale } from '@zusammen/shared/contracts';
import type { LanguageOption } from './language-option';

let nextId = 0;

/**
 * A native, labelled `<select>` listing each language in its own language and script.
 * Presentational: it shows `current` and emits `localeChange`; the caller switches.
 */
@Component({
  selector: 'zl-language-switcher',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './language-switcher.component.html',
  styleUrl: './language-switcher.component.scss',
})
export class LanguageSwitcherComponent {
  /** Languages to offer, in display order. */
  readonly options = input.required<readonly LanguageOption[]>();
  /** The active language. */
  readonly current = input.required<Locale>();
  /** Visible label, already translated (e.g. "Sprache"). */
  readonly label = input.required<string>();
  /** Emits the chosen language when it differs from `current`. */
  readonly localeChange = output<Locale>();

  protected readonly selectId = `zl-language-switcher-${nextId++}`;

  protected onChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const chosen = this.options().find((option) => option.code === value);
    if (chosen && chosen.code !== this.current()) {
      this.localeChange.emit(chosen.code);
    }
  }
}
