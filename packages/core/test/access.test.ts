import { describe, expect, it } from 'vitest';
import {
  checkPermission,
  checkRoleGrant,
  passwordProblems,
  permissionsOf,
  rolePermissions,
  staffPermissions,
  staffRoles,
  type StaffPermission,
} from '../src/index.js';

describe('the permission table', () => {
  it('names only known permissions, and every permission is held by some role', () => {
    const known = new Set(Object.keys(staffPermissions));
    for (const role of staffRoles) for (const permission of rolePermissions[role]) expect(known.has(permission), `${role}: ${permission}`).toBe(true);
    for (const permission of known) expect(staffRoles.some((role) => rolePermissions[role].includes(permission as StaffPermission)), permission).toBe(true);
  });

  it('gives city-wide permissions only through a grant at the command centre', () => {
    expect(permissionsOf('admin', 'city')).toContain('site-keys.manage');
    expect(permissionsOf('admin', 'street')).not.toContain('site-keys.manage');
    expect(permissionsOf('admin', 'street')).toContain('accounts.manage');
    const refusal = checkPermission('admin', 'street', 'api-keys.manage');
    expect(refusal).toMatchObject({ allowed: false });
    expect(refusal.allowed === false && refusal.reason).toMatch(/needs the grant at the command centre/);
  });

  it('explains a refusal with the permission and who holds it', () => {
    const refusal = checkPermission('supervisor', 'city', 'loop.edit');
    expect(refusal.allowed === false && refusal.reason).toMatch(/"loop.edit".*your role \(supervisor\) does not have it.*dispatchers and administrators/);
    expect(checkPermission('property_manager', 'property', 'cases.dispatch').allowed).toBe(false);
    expect(checkPermission('grid_member', 'grid', 'cases.handle').allowed).toBe(true);
  });

  it('grants roles only at units of their kind', () => {
    expect(checkRoleGrant('grid_member', 'grid').allowed).toBe(true);
    expect(checkRoleGrant('dispatcher', 'street')).toMatchObject({ allowed: false, reason: expect.stringMatching(/kind city, not street/) });
    expect(checkRoleGrant('admin', 'street').allowed).toBe(true);
  });
});

describe('the password policy', () => {
  it('accepts a long mixed password and says what is wrong with others', () => {
    expect(passwordProblems('correct-horse-battery', { login: 'wang.min' })).toEqual([]);
    expect(passwordProblems('Ab1', {})).toEqual(expect.arrayContaining(['too_short']));
    expect(passwordProblems('abcdefghijkl')).toContain('too_simple');
    expect(passwordProblems('woaini1314!!')).toContain('common');
    expect(passwordProblems('Password123')).toContain('common');
    expect(passwordProblems('wang.min-2026', { login: 'Wang.Min' })).toContain('contains_login');
    expect(passwordProblems('aaaa1111aaaa')).toContain('repetitive');
    expect(passwordProblems('x1'.repeat(70))).toContain('too_long');
  });
});
