import type { AuditEntry, Role } from '@zusammen/shared/contracts';
import { AUDIT_ACTIONS, ROLES } from '@zusammen/shared/contracts';

/** i18n key fragment of a known action: `user.roles-changed` → `userRolesChanged`. */
function actionKeyOf(action: string): string {
  return action.replace(/[.-]([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * The i18n key of an action under `auditLog.<group>` (`actions` for the sentence, `actionNames` for
 * the filter); actions the web app does not know yet get the generic `unknown` wording.
 */
export function auditActionKey(group: 'actions' | 'actionNames', action: string): string {
  const known = (AUDIT_ACTIONS as readonly string[]).includes(action);
  return `auditLog.${group}.${known ? actionKeyOf(action) : 'unknown'}`;
}

export interface RoleChange {
  before: Role[];
  after: Role[];
}

/** Pairs of detail names the API may use for the roles before and after a change. */
const ROLE_CHANGE_KEYS: readonly (readonly [string, string])[] = [
  ['before', 'after'],
  ['from', 'to'],
  ['previousRoles', 'roles'],
  ['oldRoles', 'newRoles'],
  ['rolesBefore', 'rolesAfter'],
];

function rolesIn(value: unknown): Role[] | null {
  if (!Array.isArray(value)) return null;
  return ROLES.filter((role) => value.includes(role));
}

/** The roles before and after a `user.roles-changed` entry, if its details say so. */
export function roleChangeOf(details: Readonly<Record<string, unknown>>): RoleChange | null {
  for (const [beforeKey, afterKey] of ROLE_CHANGE_KEYS) {
    const before = rolesIn(details[beforeKey]);
    const after = rolesIn(details[afterKey]);
    if (before && after) return { before, after };
  }
  return null;
}

/**
 * Names of the people the loaded entries mention (actors and the people acted for), by id: entries
 * carry a subject's id only, so a subject is named when it appears elsewhere in the list.
 */
export function peopleNamedIn(entries: readonly AuditEntry[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const entry of entries) {
    for (const person of [entry.actor, entry.onBehalfOf]) {
      if (person) names.set(person.id, person.displayName);
    }
  }
  return names;
}
