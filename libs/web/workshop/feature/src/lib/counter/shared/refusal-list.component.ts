import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { HandoutRefusal } from '@zusammen/shared/contracts';
import { refusalFixes } from '@zusammen/web/workshop/data-access';

/** Every reason the gate refuses a handout, each with what to do and a link to where it is fixed. */
@Component({
  selector: 'zl-refusal-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink],
  template: `
    <div class="status status--error" *transloco="let t" data-testid="refusals">
      <h3 [id]="headingId()">{{ t('workshopCounter.refusals.title') }}</h3>
      <ul [attr.aria-labelledby]="headingId()">
        @for (fix of fixes(); track fix.refusal) {
          <li [attr.data-refusal]="fix.refusal">
            <span>{{ t(fix.messageKey) }}</span>
            <a
              [routerLink]="fix.link"
              [fragment]="fix.fragment ?? undefined"
              [queryParams]="fix.fragment && returnTo() ? { ausgabe: returnTo() } : undefined"
              >{{ t(fix.linkKey) }}</a
            >
          </li>
        }
      </ul>
    </div>
  `,
  styles: `
    h3 {
      margin-block: 0 0.5rem;
      font-size: 1.125rem;
      color: inherit;
    }
    ul {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    li {
      overflow-wrap: anywhere;
    }
    a {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
      margin-inline-start: 0.5rem;
      color: inherit;
      font-weight: 700;
    }
  `,
})
export class RefusalListComponent {
  readonly refusals = input.required<readonly HandoutRefusal[]>();
  readonly bikeId = input.required<string>();
  readonly borrowerId = input.required<string>();
  readonly headingId = input('refusals-heading');
  /** The bike's label: the person page then offers the way back to this handout. */
  readonly returnTo = input<string | null>(null);

  protected readonly fixes = computed(() =>
    refusalFixes(this.refusals(), { bikeId: this.bikeId(), borrowerId: this.borrowerId() }),
  );
}
