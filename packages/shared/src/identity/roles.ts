import { z } from 'zod';
import { roles, staffRoles } from './roleValues.js';

export const roleSchema = z.enum(roles);

/**
 * The custom claims every signed-in user carries. Only Cloud Functions set them, and the
 * security rules read them first so most requests need no document read.
 */
export const claimsSchema = z.discriminatedUnion('role', [
  z.object({ tenantId: z.string().min(1), role: z.enum(staffRoles) }),
  z.object({ tenantId: z.string().min(1), role: z.literal('client'), clientId: z.string().min(1) }),
]);
export type PortalClaims = z.infer<typeof claimsSchema>;
