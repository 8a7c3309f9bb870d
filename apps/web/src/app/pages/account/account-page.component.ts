import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { SessionStore, SignOutAction } from '@zusammen/web/core';

/** "My account": who is signed in (name, email, roles) and a way to sign out. */
@Component({
  selector: 'zl-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SignOutAction],
  imports: [TranslocoDirective],
  templateUrl: './account-page.component.html',
  styleUrl: './account-page.component.scss',
})
export class AccountPageComponent {
  protected readonly session = inject(SessionStore);
  private readonly signOutAction = inject(SignOutAction);
  protected readonly signingOut = this.signOutAction.pending;
  protected readonly signOutFailed = this.signOutAction.failed;

  protected signOut(): Promise<void> {
    return this.signOutAction.run();
  }
}
