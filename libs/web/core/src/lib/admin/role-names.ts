import { Injectable, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { Role } from '@zusammen/shared/contracts';
import { LocaleService } from '../locale/locale.service';

/**
 * Names in a list the way the language writes one ("Patin oder Pate, Koordinierungsstelle"). `short`, not
 * `narrow`: English and Farsi write a narrow unit list with spaces only ("A B C").
 */
export function listInLanguage(names: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(names);
}

/** Role codes as translated names (`roles.<code>`), in the reader's language. */
@Injectable({ providedIn: 'root' })
export class RoleNames {
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService);

  of(roles: readonly Role[]): string {
    const locale = this.locale.current();
    return listInLanguage(
      roles.map((role) => this.transloco.translate(`roles.${role}`)),
      locale,
    );
  }
}
