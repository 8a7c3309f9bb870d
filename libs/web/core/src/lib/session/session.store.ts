import { HttpClient, HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { Role, SessionResponse, SessionUser, SignInRequest } from '@zusammen/shared/contracts';
import { AUTH_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { LocaleService } from '../locale/locale.service';
import { NAV_ITEMS } from '../navigation/nav-items';
import { visibleNavItems } from '../navigation/visible-nav-items';
import { signInErrorOf } from './sign-in-error';
import type { SessionStatus, SignInOutcome } from './sign-in-outcome';

interface SessionState {
  status: SessionStatus;
  user: SessionUser | null;
  /** The last attempt to read the session failed (network, server error): worth trying again. */
  loadFailed: boolean;
}

const UNKNOWN: SessionState = { status: 'unknown', user: null, loadFailed: false };
const ANONYMOUS: SessionState = { status: 'anonymous', user: null, loadFailed: false };

/**
 * Who is using the app, from the server-side session (HttpOnly cookie, so the browser can only
 * ask the API). Signal state for the shell and the guards; never navigates (callers do).
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly locale = inject(LocaleService);
  private readonly state = signal<SessionState>(UNKNOWN);
  /** Bumped by every change of who is signed in, so a slow older answer never overrides it. */
  private generation = 0;
  private pendingLoad: Promise<void> | null = null;

  readonly status = computed(() => this.state().status);
  readonly user = computed(() => this.state().user);
  readonly loadFailed = computed(() => this.state().loadFailed);
  readonly isSignedIn = computed(() => this.state().status === 'signedIn');
  readonly roles = computed<readonly Role[]>(() => this.state().user?.roles ?? []);
  /** The main navigation this visitor may see. */
  readonly navItems = computed(() => visibleNavItems(NAV_ITEMS, this.roles()));

  /**
   * Asks the API who is signed in. 401 means anonymous; a network or server error also leaves the
   * visitor anonymous, with `loadFailed` set so that a later {@link whenLoaded} tries again.
   */
  load(): Promise<void> {
    this.pendingLoad ??= this.fetchSession().finally(() => {
      this.pendingLoad = null;
    });
    return this.pendingLoad;
  }

  /** Resolves once the session is known; loads it first if it is unknown or the last try failed. */
  whenLoaded(): Promise<void> {
    const { status, loadFailed } = this.state();
    if (this.pendingLoad) {
      return this.pendingLoad;
    }
    return status === 'unknown' || loadFailed ? this.load() : Promise.resolve();
  }

  /**
   * Signs in. On success the UI switches to the user's language, unless the visitor explicitly
   * chose a language during this visit.
   */
  async signIn(email: string, password: string): Promise<SignInOutcome> {
    const body: SignInRequest = { email: email.trim(), password };
    try {
      const response = await firstValueFrom(
        this.http.post<SessionResponse>(AUTH_ROUTES.signIn, body),
      );
      this.setSignedIn(response.user);
      if (!this.locale.chosenThisVisit() && response.user.locale !== this.locale.current()) {
        await this.locale.use(response.user.locale);
      }
      return { ok: true, user: response.user };
    } catch (error: unknown) {
      return { ok: false, error: signInErrorOf(error) };
    }
  }

  /**
   * Ends the session on the server. Resolves `false` (and stays signed in) when the server could
   * not be reached, so nobody believes they are signed out on a shared computer when they are not.
   */
  async signOut(): Promise<boolean> {
    try {
      await firstValueFrom(this.http.post<void>(AUTH_ROUTES.signOut, {}));
    } catch (error: unknown) {
      if (!(error instanceof HttpErrorResponse && error.status === HttpStatusCode.Unauthorized)) {
        return false;
      }
    }
    this.markAnonymous();
    return true;
  }

  /**
   * The signed-in user changed their own name or language (profile saved): show it at once,
   * without asking the API again. Ignored when nobody is signed in.
   */
  updateUser(changes: Partial<Pick<SessionUser, 'displayName' | 'locale'>>): void {
    const user = this.state().user;
    if (this.state().status !== 'signedIn' || !user) {
      return;
    }
    this.setSignedIn({ ...user, ...changes });
  }

  /** The server no longer knows the session (expired or revoked): forget the user here too. */
  markAnonymous(): void {
    this.generation++;
    this.state.set(ANONYMOUS);
  }

  private setSignedIn(user: SessionUser): void {
    this.generation++;
    this.state.set({ status: 'signedIn', user, loadFailed: false });
  }

  private async fetchSession(): Promise<void> {
    const generation = this.generation;
    let next: SessionState;
    try {
      const response = await firstValueFrom(this.http.get<SessionResponse>(AUTH_ROUTES.session));
      next = { status: 'signedIn', user: response.user, loadFailed: false };
    } catch (error: unknown) {
      const unauthenticated =
        error instanceof HttpErrorResponse && error.status === HttpStatusCode.Unauthorized;
      next = { ...ANONYMOUS, loadFailed: !unauthenticated };
    }
    if (generation === this.generation) {
      this.state.set(next);
    }
  }
}
