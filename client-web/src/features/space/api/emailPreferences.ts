import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import { callFunction } from '@portail/web';
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

async function setPreference(nonEssential: boolean): Promise<void> {
  await callFunction('setNotificationPreferences', { audience: 'client', nonEssential });
}

export function useSetWantsEmails() {
  const { tenantId, clientId, uid } = useSpaceIds();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPreference,
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(tenantId, clientId, uid) }),
  });
}
