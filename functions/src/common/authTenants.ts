import { HttpsError } from 'firebase-functions/v2/https';
import type { TenantAwareAuth } from 'firebase-admin/auth';
import { db, projectAuth } from '../admin.js';

/**
 * Each agency has its own Identity Platform tenant (its own user pool): the same e-mail can be a
 * client of one agency and a collaborator of another, each with its own password, and nobody can
 * take an address for the whole platform. `tenants/{t}.authTenantId` records which pool is the
 * agency's; it never changes once set, so it is cached for the life of the instance.
 */
const authTenantIds = new Map<string, string>();

export const noIdentityPool = () =>
  new HttpsError(
    'failed-precondition',
    'L’espace de cette agence n’a pas encore son propre annuaire de comptes : contactez le support.',
  );

/** The agency's Auth tenant id; a tenant without one (not migrated yet) is refused. */
export async function authTenantIdOf(tenantId: string): Promise<string> {
  const cached = authTenantIds.get(tenantId);
  if (cached) return cached;
  const id: unknown = (await db.doc(`tenants/${tenantId}`).get()).get('authTenantId');
  if (typeof id !== 'string' || id === '') throw noIdentityPool();
  authTenantIds.set(tenantId, id);
  return id;
}

/** Auth scoped to the agency's pool: users, claims, custom tokens and ID tokens of that agency. */
export async function authFor(tenantId: string): Promise<TenantAwareAuth> {
  return authForPool(await authTenantIdOf(tenantId));
}

/** Auth scoped to a pool known by its id (at sign-up, before the tenant document exists). */
export function authForPool(authTenantId: string): TenantAwareAuth {
  return projectAuth.tenantManager().authForTenant(authTenantId);
}

/**
 * Identity Platform's display names: 4 to 20 letters, digits or hyphens, starting with a letter.
 * The id itself is chosen by Identity Platform.
 */
export function authTenantDisplayName(slug: string): string {
  return `t-${slug}`.slice(0, 20).replace(/-+$/, '').padEnd(4, '0');
}

/** A new pool for a new agency: e-mail and password sign-in, nothing else. */
export async function createAuthTenant(slug: string): Promise<string> {
  const tenant = await projectAuth.tenantManager().createTenant({
    displayName: authTenantDisplayName(slug),
    emailSignInConfig: { enabled: true, passwordRequired: true },
  });
  return tenant.tenantId;
}

export async function deleteAuthTenant(authTenantId: string): Promise<void> {
  await projectAuth
    .tenantManager()
    .deleteTenant(authTenantId)
    .catch(() => undefined);
}

/** The Auth tenant a verified token was minted in (`firebase.tenant`), or null for the project. */
export function tokenAuthTenant(token: { firebase?: { tenant?: unknown } }): string | null {
  const tenant = token.firebase?.tenant;
  return typeof tenant === 'string' && tenant !== '' ? tenant : null;
}

/**
 * A token is the agency's only if it was minted in the agency's pool, whatever its claims say: a
 * user of another agency's pool with claims naming this one (a forged or stale token) is refused.
 */
export async function tokenBelongsTo(
  token: { firebase?: { tenant?: unknown } },
  tenantId: string,
): Promise<boolean> {
  const tokenTenant = tokenAuthTenant(token);
  if (!tokenTenant) return false;
  try {
    return tokenTenant === (await authTenantIdOf(tenantId));
  } catch {
    return false;
  }
}
