// The roles without their schemas, for code that must not load zod (the apps' first screens).
export const staffRoles = ['owner', 'admin', 'collaborator'] as const;
export const roles = [...staffRoles, 'client'] as const;

export type Role = (typeof roles)[number];
export type StaffRole = (typeof staffRoles)[number];

export function isStaffRole(role: unknown): role is StaffRole {
  return typeof role === 'string' && (staffRoles as readonly string[]).includes(role);
}
