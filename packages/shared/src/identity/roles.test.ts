import { describe, expect, it } from 'vitest';
import { claimsSchema } from './roles.js';
import { isStaffRole } from './roleValues.js';

describe('claims', () => {
  it('accepts staff claims without a client id', () => {
    expect(claimsSchema.parse({ tenantId: 't1', role: 'admin' })).toEqual({
      tenantId: 't1',
      role: 'admin',
    });
  });

  it('requires a client id for a client', () => {
    expect(claimsSchema.safeParse({ tenantId: 't1', role: 'client' }).success).toBe(false);
    expect(claimsSchema.safeParse({ tenantId: 't1', role: 'client', clientId: 'c1' }).success).toBe(
      true,
    );
  });

  it('rejects unknown roles and empty tenants', () => {
    expect(claimsSchema.safeParse({ tenantId: 't1', role: 'root' }).success).toBe(false);
    expect(claimsSchema.safeParse({ tenantId: '', role: 'owner' }).success).toBe(false);
  });

  it('tells staff from clients', () => {
    expect(isStaffRole('collaborator')).toBe(true);
    expect(isStaffRole('client')).toBe(false);
    expect(isStaffRole(undefined)).toBe(false);
  });
});
