import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import { emailCallableNames } from '@portail/shared';
import { CallableError, functionsOrigin, loadAuth } from '@portail/web';
import { db } from '@portail/web/data';
import { useSpaceIds } from './spaceIds.js';

const key = (tenantId: string, clientId: string, uid: string) => [
  'email-prefs',
  tenantId,
  clientId,
  uid,
];

/** Whether this login receives the non-essential e-mails (not in the space's `emailOptOut`). */
export async function fetchWantsEmails(tenantId: string, clientId: string, uid: string) {
  const client = await getDoc(doc(db, 'tenants', tenantId, 'clients', clientId));
  const optedOut: unknown = client.get('emailOptOut');
  return !(Array.isArray(optedOut) && optedOut.includes(uid));
}

export function useWantsEmails() {
  const { tenantId, clientId, uid } = useSpaceIds();
  return useQuery({
    queryKey: key(tenantId, clientId, uid),
    queryFn: () => fetchWantsEmails(tenantId, clientId, uid),
    enabled: clientId !== '',
  });
}

/** The callable protocol, as `callFunction` speaks it (this name is not in `callableNames`). */
async function setPreference(nonEssential: boolean): Promise<void> {
  const { auth } = await loadAuth();
  const token = await auth.currentUser?.getIdToken();
  const response = await fetch(
    `${functionsOrigin}/${emailCallableNames.setNotificationPreferences}`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ data: { audience: 'client', nonEssential } }),
    },
  ).catch(() => {
    throw new CallableError('functions/unavailable', 'Service injoignable.');
  });
  if (response.ok) return;
  const body = (await response.json().catch(() => null)) as {
    error?: { status?: string; message?: string };
  } | null;
  const status = body?.error?.status ?? 'INTERNAL';
  throw new CallableError(
    `functions/${status.toLowerCase().replace(/_/g, '-')}`,
    body?.error?.message ?? response.statusText,
  );
}

export function useSetWantsEmails() {
  const { tenantId, clientId, uid } = useSpaceIds();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPreference,
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(tenantId, clientId, uid) }),
  });
}
