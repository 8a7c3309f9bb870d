import { Injectable, computed, signal } from '@angular/core';
import type { Role } from '@zusammen/shared/contracts';
import { NAV_ITEMS } from '../navigation/nav-items';
import { visibleNavItems } from '../navigation/visible-nav-items';

/** Who is using the app. Identity (server sessions) lands later; until then always anonymous. */
export type Session =
  { kind: 'anonymous' } | { kind: 'authenticated'; displayName: string; roles: readonly Role[] };

const ANONYMOUS: Session = { kind: 'anonymous' };

/** Signal-based session state for the shell (navigation by role, sign-in link). */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly state = signal<Session>(ANONYMOUS);

  readonly session = this.state.asReadonly();
  readonly isAuthenticated = computed(() => this.state().kind === 'authenticated');
  readonly roles = computed<readonly Role[]>(() => {
    const session = this.state();
    return session.kind === 'authenticated' ? session.roles : [];
  });
  /** The main navigation this visitor may see. */
  readonly navItems = computed(() => visibleNavItems(NAV_ITEMS, this.roles()));
}
