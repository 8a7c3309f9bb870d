import type { Role } from '@zusammen/shared/contracts';

/** Who sees a navigation item: everyone, or users holding at least one of the roles. */
export type NavAudience = 'public' | readonly Role[];

export interface NavItem {
  /** Stable id, also used as `data-testid` and `@for` track key. */
  id: string;
  /** Router link, absolute (`/kontakt`). */
  route: string;
  /** i18n key of the visible label. */
  labelKey: string;
  audience: NavAudience;
  /** Match the route exactly for the active state (needed for `/`). */
  exact?: boolean;
}
