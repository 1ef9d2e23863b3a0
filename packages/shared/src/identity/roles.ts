import { z } from 'zod';

export const staffRoles = ['owner', 'admin', 'collaborator'] as const;
export const roles = [...staffRoles, 'client'] as const;

export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;
export type StaffRole = (typeof staffRoles)[number];

export function isStaffRole(role: unknown): role is StaffRole {
  return typeof role === 'string' && (staffRoles as readonly string[]).includes(role);
}

/**
 * The custom claims every signed-in user carries. Only Cloud Functions set them, and the
 * security rules read them first so most requests need no document read.
 */
export const claimsSchema = z.discriminatedUnion('role', [
  z.object({ tenantId: z.string().min(1), role: z.enum(staffRoles) }),
  z.object({ tenantId: z.string().min(1), role: z.literal('client'), clientId: z.string().min(1) }),
]);
export type PortalClaims = z.infer<typeof claimsSchema>;
