import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { SessionStore } from '@zusammen/web/core';

/** "My account": who is signed in (name, email, roles) and a way to sign out. */
@Component({
  selector: 'zl-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './account-page.component.html',
  styleUrl: './account-page.component.scss',
})
export class AccountPageComponent {
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly signingOut = signal(false);
  protected readonly signOutFailed = signal(false);

  protected async signOut(): Promise<void> {
    this.signingOut.set(true);
    this.signOutFailed.set(false);
    const signedOut = await this.session.signOut();
    this.signingOut.set(false);
    if (signedOut) {
      await this.router.navigateByUrl('/');
    } else {
      this.signOutFailed.set(true);
    }
  }
}
