import type { AuditEntry } from '@zusammen/shared/contracts';
import { auditActionKey, peopleNamedIn, roleChangeOf } from './audit-entry-text';

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: 'e1',
  occurredAt: '2026-11-26T14:00:00.000Z',
  actor: null,
  onBehalfOf: null,
  action: 'user.viewed',
  subjectType: 'user_account',
  subjectId: 'u2',
  subject: null,
  details: {},
  ...overrides,
});

describe('auditActionKey', () => {
  it('has a key per known action', () => {
    expect(auditActionKey('actions', 'user.roles-changed')).toBe(
      'auditLog.actions.userRolesChanged',
    );
    expect(auditActionKey('actionNames', 'account.data-exported')).toBe(
      'auditLog.actionNames.accountDataExported',
    );
  });

  it('gives unknown actions the generic wording', () => {
    expect(auditActionKey('actions', 'family.viewed')).toBe('auditLog.actions.unknown');
    expect(auditActionKey('actions', 'constructor')).toBe('auditLog.actions.unknown');
  });
});

describe('roleChangeOf', () => {
  it('reads before/after in the order of the role list', () => {
    expect(roleChangeOf({ before: ['volunteer'], after: ['staff', 'volunteer'] })).toEqual({
      before: ['volunteer'],
      after: ['staff', 'volunteer'],
    });
  });

  it('reads other common names of the pair', () => {
    expect(roleChangeOf({ previousRoles: ['admin'], roles: [] })).toEqual({
      before: ['admin'],
      after: [],
    });
  });

  it('is null without both lists', () => {
    expect(roleChangeOf({ before: ['admin'] })).toBeNull();
    expect(roleChangeOf({ before: 'admin', after: 'staff' })).toBeNull();
  });
});

describe('peopleNamedIn', () => {
  it('collects actors and the people acted for', () => {
    const names = peopleNamedIn([
      entry({ actor: { id: 'a1', displayName: 'Sabine Hüsing' } }),
      entry({ onBehalfOf: { id: 'r1', displayName: 'Yusuf Hamdan' } }),
    ]);
    expect(names.get('a1')).toBe('Sabine Hüsing');
    expect(names.get('r1')).toBe('Yusuf Hamdan');
    expect(names.get('u2')).toBeUndefined();
  });
});
