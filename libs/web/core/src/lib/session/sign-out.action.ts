import { inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { SessionStore } from './session.store';

/**
 * "Sign out" as a page offers it: ends the session, then starts over on the landing page; when the server
 * cannot be reached the user stays signed in and `failed` says so (nobody on a shared computer should
 * believe they are signed out when they are not). Provide it on the component that shows the button.
 */
@Injectable()
export class SignOutAction {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  readonly pending = signal(false);
  readonly failed = signal(false);

  async run(): Promise<void> {
    this.pending.set(true);
    this.failed.set(false);
    const signedOut = await this.session.signOut();
    this.pending.set(false);
    if (signedOut) {
      await this.router.navigateByUrl('/');
    } else {
      this.failed.set(true);
    }
  }
}
