import { authFor } from '../common/authTenants.js';

const isMissing = (error: unknown) => (error as { code?: string }).code === 'auth/user-not-found';

/** Disables (or enables) every login of a space; a login whose user is gone is skipped. */
export async function setLoginsDisabled(
  tenantId: string,
  uids: readonly string[],
  disabled: boolean,
): Promise<void> {
  const auth = await authFor(tenantId);
  for (const uid of uids) {
    try {
      await auth.updateUser(uid, { disabled });
      // Signs out every session at once; the rules already refuse the space by its status.
      if (disabled) await auth.revokeRefreshTokens(uid);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
}

export async function deleteLoginUsers(tenantId: string, uids: readonly string[]): Promise<void> {
  const auth = await authFor(tenantId);
  for (const uid of uids) {
    try {
      await auth.deleteUser(uid);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
}
