import { Directionality } from '@angular/cdk/bidi';
import { Injectable } from '@angular/core';
import type { TextDirection } from './text-direction';

/**
 * The app-wide CDK `Directionality`, driven by the active locale instead of read once from
 * `<html dir>`. Provided as `Directionality` by `provideI18n()`, so Material and CDK components
 * (overlays, menus, sliders) mirror on every language switch.
 */
@Injectable({ providedIn: 'root' })
export class LocaleDirectionality extends Directionality {
  /** Sets the direction and notifies subscribers of `change` when it differs. */
  setDirection(direction: TextDirection): void {
    if (this.valueSignal() === direction) {
      return;
    }
    this.valueSignal.set(direction);
    this.change.emit(direction);
  }
}
