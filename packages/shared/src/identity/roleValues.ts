// The roles without their schemas, for code that must not load zod (the apps' first screens).
export const staffRoles = ['owner', 'admin', 'collaborator'] as const;
export const roles = [...staffRoles, 'client'] as const;

export type Role = (typeof roles)[number];
export type StaffRole = (typeof staffRoles)[number];

export function isStaffRole(role: unknown): role is StaffRole {
  return typeof role === 'string' && (staffRoles as readonly string[]).includes(role);
}

/**
 * The custom claims every signed-in user carries (only Cloud Functions set them): a tenant and a
 * role, and a client space for clients. Read without zod so that the apps' first screens do not
 * load a validation library for it.
 */
export type PortalClaims =
  { tenantId: string; role: StaffRole } | { tenantId: string; role: 'client'; clientId: string };

export function readClaims(value: unknown): PortalClaims | null {
  if (typeof value !== 'object' || value === null) return null;
  const { tenantId, role, clientId } = value as Record<string, unknown>;
  if (typeof tenantId !== 'string' || tenantId === '') return null;
  if (isStaffRole(role)) return { tenantId, role };
  if (role === 'client' && typeof clientId === 'string' && clientId !== '') {
    return { tenantId, role, clientId };
  }
  return null;
}
