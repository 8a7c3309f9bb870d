import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/**
 * The search and filter form above a staff list: a landmark (`role="search"`) named by `label`, the
 * caller's fields projected inside, one submit button at the end. Fields keep the caller's labels and ids;
 * the form only lays them out (they wrap into rows, one per line on a phone) and reports the submit.
 */
@Component({
  selector: 'zl-list-search-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="list-search"
      role="search"
      novalidate
      [attr.aria-label]="label()"
      (submit)="submit($event)"
    >
      <ng-content />
      <button type="submit" class="button list-search__submit">{{ submitLabel() }}</button>
    </form>
  `,
  styles: `
    :host {
      display: block;
      margin-block-end: 1.5rem;
    }
    .list-search {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
      align-items: end;
      gap: 1rem;
    }
    .list-search__submit {
      justify-self: start;
    }
  `,
})
export class ListSearchFormComponent {
  /** Accessible name of the search landmark, already translated. */
  readonly label = input.required<string>();
  readonly submitLabel = input.required<string>();
  readonly searched = output<void>();

  protected submit(event: Event): void {
    event.preventDefault();
    this.searched.emit();
  }
}
