import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  viewChildren,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Role } from '@zusammen/shared/contracts';
import { ROLES } from '@zusammen/shared/contracts';

/** The six roles as a labelled checkbox group (a person may hold several). */
@Component({
  selector: 'zl-role-checkboxes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <fieldset
      *transloco="let t"
      class="checkbox-group"
      [attr.aria-describedby]="error() ? idPrefix() + '-error' : null"
    >
      <legend>{{ legend() }}</legend>
      @for (role of roles; track role) {
        <label>
          <input
            #box
            type="checkbox"
            [name]="idPrefix()"
            [value]="role"
            [checked]="isChecked(role)"
            [attr.aria-invalid]="error() ? true : null"
            (change)="toggle(role, box.checked)"
          />
          {{ t('roles.' + role) }}
        </label>
      }
      @if (error(); as message) {
        <p class="field__error" [id]="idPrefix() + '-error'">{{ message }}</p>
      }
    </fieldset>
  `,
  styleUrls: ['../form-fields.scss', './stacked-table.scss'],
})
export class RoleCheckboxesComponent {
  readonly legend = input.required<string>();
  readonly idPrefix = input.required<string>();
  readonly selected = input.required<readonly Role[]>();
  readonly error = input<string | null>(null);
  readonly selectedChange = output<Role[]>();

  protected readonly roles = ROLES;
  private readonly selectedSet = computed(() => new Set(this.selected()));
  private readonly boxes = viewChildren<ElementRef<HTMLInputElement>>('box');

  protected isChecked(role: Role): boolean {
    return this.selectedSet().has(role);
  }

  protected toggle(role: Role, checked: boolean): void {
    const next = new Set(this.selected());
    if (checked) next.add(role);
    else next.delete(role);
    this.selectedChange.emit(ROLES.filter((code) => next.has(code)));
  }

  focusFirst(): void {
    this.boxes()[0]?.nativeElement.focus();
  }
}
