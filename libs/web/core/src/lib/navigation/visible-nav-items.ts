import type { Role } from '@zusammen/shared/contracts';
import type { NavItem } from './nav-item';

/**
 * The items a visitor may see, in configured order: public items always, role items when the
 * visitor holds at least one of their roles. Admins see only what their roles grant.
 */
export function visibleNavItems(items: readonly NavItem[], roles: readonly Role[]): NavItem[] {
  return items.filter(
    (item) => item.audience === 'public' || item.audience.some((role) => roles.includes(role)),
  );
}
