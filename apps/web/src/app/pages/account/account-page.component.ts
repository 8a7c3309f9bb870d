import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { SessionStore, SignOutAction } from '@zusammen/web/core';
import { PasswordFormComponent } from './password-form.component';
import { PrivacySectionComponent } from './privacy-section.component';
import { ProfileFormComponent } from './profile-form.component';

/** "My account": who is signed in (name, email, roles), sign-out, profile and password forms. */
@Component({
  selector: 'zl-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SignOutAction],
  imports: [
    RouterLink,
    TranslocoDirective,
    ProfileFormComponent,
    PasswordFormComponent,
    PrivacySectionComponent,
  ],
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
