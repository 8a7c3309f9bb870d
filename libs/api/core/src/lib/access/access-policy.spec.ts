import { Reflector } from '@nestjs/core';
import {
  Authenticated,
  policyDecision,
  Public,
  readAccessPolicy,
  Roles,
  type AccessPolicy,
} from './access-policy';

@Public()
class PublicController {
  open(): void {
    return undefined;
  }

  @Roles('admin')
  adminOnly(): void {
    return undefined;
  }
}

class PlainController {
  @Authenticated()
  mine(): void {
    return undefined;
  }

  undeclared(): void {
    return undefined;
  }
}

describe('access policy', () => {
  const reflector = new Reflector();

  it('reads the method declaration before the class declaration', () => {
    const proto = PublicController.prototype;
    expect(readAccessPolicy(reflector, proto.open, PublicController)).toEqual({ kind: 'public' });
    expect(readAccessPolicy(reflector, proto.adminOnly, PublicController)).toEqual({
      kind: 'roles',
      roles: ['admin'],
    });
  });

  it('reports an undeclared route as undefined', () => {
    const proto = PlainController.prototype;
    expect(readAccessPolicy(reflector, proto.mine, PlainController)).toEqual({
      kind: 'authenticated',
    });
    expect(readAccessPolicy(reflector, proto.undeclared, PlainController)).toBeUndefined();
  });

  it('refuses @Roles() without roles or with an unknown role', () => {
    expect(() => Roles(...([] as unknown as ['admin']))).toThrow(/at least one known role/);
    expect(() => Roles('superuser' as 'admin')).toThrow(/superuser/);
  });

  it('decides: public allows all, roles need one matching role, anonymous is unauthenticated', () => {
    const staffOrAdmin: AccessPolicy = { kind: 'roles', roles: ['staff', 'admin'] };
    expect(policyDecision({ kind: 'public' }, undefined)).toBe('allow');
    expect(policyDecision({ kind: 'authenticated' }, undefined)).toBe('unauthenticated');
    expect(policyDecision({ kind: 'authenticated' }, [])).toBe('allow');
    expect(policyDecision(staffOrAdmin, undefined)).toBe('unauthenticated');
    expect(policyDecision(staffOrAdmin, ['volunteer'])).toBe('forbidden');
    expect(policyDecision(staffOrAdmin, ['volunteer', 'staff'])).toBe('allow');
  });
});
