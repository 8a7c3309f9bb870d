import { AdminUserErrorCode } from '@zusammen/shared/contracts';
import { distinctRoles, roleChangeRefusal, type RoleChange } from './role-change-rules';

const base: RoleChange = {
  actorId: 'admin-a',
  targetId: 'admin-b',
  oldRoles: ['admin', 'staff'],
  newRoles: ['staff'],
  targetActive: true,
  otherActiveAdmins: 1,
};

describe('roleChangeRefusal', () => {
  it('lets an admin take the admin role from another admin while another admin remains', () => {
    expect(roleChangeRefusal(base)).toBeNull();
  });

  it('refuses to take the admin role from oneself', () => {
    expect(roleChangeRefusal({ ...base, targetId: 'admin-a', otherActiveAdmins: 5 })).toBe(
      AdminUserErrorCode.SelfChangeForbidden,
    );
  });

  it('lets an admin change their own other roles as long as admin stays', () => {
    expect(
      roleChangeRefusal({
        ...base,
        targetId: 'admin-a',
        oldRoles: ['admin'],
        newRoles: ['admin', 'workshop'],
        otherActiveAdmins: 0,
      }),
    ).toBeNull();
  });

  it('refuses to take the admin role from the last active admin', () => {
    expect(roleChangeRefusal({ ...base, otherActiveAdmins: 0 })).toBe(AdminUserErrorCode.LastAdmin);
  });

  it('allows demoting a deactivated admin even when no other admin is counted', () => {
    expect(roleChangeRefusal({ ...base, targetActive: false, otherActiveAdmins: 0 })).toBeNull();
  });

  it('never refuses changes that do not touch the admin role', () => {
    expect(
      roleChangeRefusal({
        ...base,
        oldRoles: ['volunteer'],
        newRoles: ['staff', 'admin'],
        otherActiveAdmins: 0,
      }),
    ).toBeNull();
    expect(
      roleChangeRefusal({ ...base, oldRoles: ['resident'], newRoles: ['volunteer'] }),
    ).toBeNull();
  });
});

describe('distinctRoles', () => {
  it('drops repeated roles and keeps the first order', () => {
    expect(distinctRoles(['staff', 'admin', 'staff'])).toEqual(['staff', 'admin']);
  });
});
