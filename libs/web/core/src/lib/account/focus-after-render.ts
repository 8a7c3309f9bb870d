import type { Injector } from '@angular/core';
import { afterNextRender } from '@angular/core';

/**
 * Moves the keyboard focus once the next change is on screen: to an error summary, a field or the
 * heading of a new page state, so screen-reader and keyboard users continue where the change is.
 * `target` is read after rendering, so it may name an element that only appears with the change.
 */
export function focusAfterRender(
  injector: Injector,
  target: () => HTMLElement | null | undefined,
  options: { select?: boolean } = {},
): void {
  afterNextRender(
    () => {
      const element = target();
      element?.focus();
      if (options.select && element instanceof HTMLInputElement) element.select();
    },
    { injector },
  );
}
