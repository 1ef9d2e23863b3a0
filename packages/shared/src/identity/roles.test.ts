import { describe, expect, it } from 'vitest';
import { isStaffRole, readClaims } from './roleValues.js';

describe('claims', () => {
  it('reads staff claims and drops anything else', () => {
    expect(readClaims({ tenantId: 't1', role: 'admin', email: 'x@y.z' })).toEqual({
      tenantId: 't1',
      role: 'admin',
    });
  });

  it('requires a client space for a client, a known role and a tenant', () => {
    expect(readClaims({ tenantId: 't1', role: 'client' })).toBeNull();
    expect(readClaims({ tenantId: 't1', role: 'client', clientId: 'c1' })).toEqual({
      tenantId: 't1',
      role: 'client',
      clientId: 'c1',
    });
    expect(readClaims({ tenantId: 't1', role: 'root' })).toBeNull();
    expect(readClaims({ tenantId: '', role: 'owner' })).toBeNull();
    expect(readClaims(null)).toBeNull();
  });

  it('tells staff roles apart', () => {
    expect(isStaffRole('collaborator')).toBe(true);
    expect(isStaffRole('client')).toBe(false);
  });
});
