import { useQuery } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';

/** The name of the client a register view is about (null once the client is deleted). */
export function useMandateClient(clientId: string) {
  const { tenantId } = useTenant();
  return useQuery({
    queryKey: ['mandates', tenantId, 'client', clientId],
    enabled: clientId !== '',
    queryFn: async () => {
      const snapshot = await getDoc(doc(db, 'tenants', tenantId, 'clients', clientId));
      if (!snapshot.exists()) return null;
      return `${String(snapshot.get('firstName') ?? '')} ${String(snapshot.get('lastName') ?? '')}`.trim();
    },
  });
}
