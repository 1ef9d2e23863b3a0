import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import { emailCallableNames, memberNotificationsSchema, type EmailEvent } from '@portail/shared';
import { useSignedIn, useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import { callEmailFunction } from './callEmailFunction.js';

const key = (tenantId: string, uid: string) => ['my-notifications', tenantId, uid];

/** The events the signed-in member muted (`members/{uid}.notifications.muted`). */
export async function fetchMutedEvents(tenantId: string, uid: string): Promise<EmailEvent[]> {
  const member = await getDoc(doc(db, 'tenants', tenantId, 'members', uid));
  return memberNotificationsSchema.safeParse(member.get('notifications')).data?.muted ?? [];
}

export function useMutedEvents() {
  const { tenantId } = useTenant();
  const { user } = useSignedIn();
  return useQuery({
    queryKey: key(tenantId, user.uid),
    queryFn: () => fetchMutedEvents(tenantId, user.uid),
  });
}

export function useSaveMutedEvents() {
  const { tenantId } = useTenant();
  const { user } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (muted: EmailEvent[]) =>
      callEmailFunction(emailCallableNames.setNotificationPreferences, {
        audience: 'staff',
        muted,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(tenantId, user.uid) }),
  });
}
