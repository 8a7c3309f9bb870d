import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, input, model, output, viewChild } from '@angular/core';

/**
 * A required password field with an optional show/hide button. The label, hint and error texts stay
 * with the caller: its `<label for>` points at `inputId`, and `describedBy` at its own hint and error
 * ids. The button keeps one name (e.g. "Show password") and reports its state with `aria-pressed`.
 * A field without a button of its own can follow another field's button through `visible`.
 */
@Component({
  selector: 'zl-password-input',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './password-input.component.html',
  styleUrl: './password-input.component.scss',
})
export class PasswordInputComponent {
  /** Id of the `<input>` (the caller's label points at it). */
  readonly inputId = input.required<string>();
  readonly name = input.required<string>();
  /** `current-password` or `new-password`, so password managers fill or suggest. */
  readonly autocomplete = input.required<'current-password' | 'new-password'>();
  readonly value = input.required<string>();
  readonly invalid = input(false);
  /** Ids of the caller's hint and error texts, space-separated. */
  readonly describedBy = input<string | null>(null);
  readonly minLength = input<number | null>(null);
  /** Text of the show/hide button, already translated; without it the field has no button. */
  readonly toggleLabel = input<string | null>(null);
  /** Ids the button shows and hides; this field alone unless it also controls others. */
  readonly controls = input<string | null>(null);
  /** Whether the password is shown as plain text. */
  readonly visible = model(false);
  readonly valueChange = output<string>();

  /** The `<input>` itself, for callers that move the focus to it. */
  readonly control = viewChild.required<ElementRef<HTMLInputElement>>('control');

  protected toggle(): void {
    this.visible.update((visible) => !visible);
  }
}
