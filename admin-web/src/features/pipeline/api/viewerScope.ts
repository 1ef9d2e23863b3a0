import { useSignedIn } from '@portail/web';
import { useTenantSettings } from '../../settings/api/tenantSettings.js';

/**
 * Whether the signed-in member sees every client or only those shared with them. A collaborator
 * of a tenant with `collaboratorsSeeSharedOnly` must filter every board query on `sharedWith`:
 * the rules refuse the whole query otherwise, and a refused read would close the session's
 * screens (see useLiveQuery). Until the settings are known nothing is read; if they cannot be
 * read, a collaborator is treated as scoped, which is never refused.
 */
export function useViewerScope(): { ready: boolean; sharedOnlyUid: string | null } {
  const { user, claims } = useSignedIn();
  const settings = useTenantSettings();
  if (claims.role !== 'collaborator') return { ready: true, sharedOnlyUid: null };
  if (settings.isPending) return { ready: false, sharedOnlyUid: null };
  const scoped = settings.data?.collaboratorsSeeSharedOnly ?? true;
  return { ready: true, sharedOnlyUid: scoped ? user.uid : null };
}
