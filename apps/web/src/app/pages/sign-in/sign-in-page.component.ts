import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * Placeholder until identity lands: explains the state and shows the future form, switched off.
 * Nothing here pretends to sign anyone in.
 */
@Component({
  selector: 'zl-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './sign-in-page.component.html',
  styleUrl: './sign-in-page.component.scss',
})
export class SignInPageComponent {
  protected preventSubmit(event: Event): void {
    event.preventDefault();
  }
}
