import { useQuery } from '@tanstack/react-query';
import { collection, getDocs, limit, orderBy, query } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';

export interface PropertyOption {
  propertyId: string;
  title: string;
}

/** The properties an appointment may be about: the client's latest cards (one page). */
export const PROPERTY_OPTIONS = 50;

/** Index: assignments (collection) updatedAt desc — single field. */
export function useClientPropertyOptions(clientId: string) {
  const { tenantId } = useTenant();
  return useQuery({
    queryKey: ['appointment-properties', tenantId, clientId],
    queryFn: async (): Promise<PropertyOption[]> => {
      const page = await getDocs(
        query(
          collection(db, 'tenants', tenantId, 'clients', clientId, 'assignments'),
          orderBy('updatedAt', 'desc'),
          limit(PROPERTY_OPTIONS),
        ),
      );
      return page.docs.map((doc) => ({
        propertyId: doc.id,
        title: String(doc.get('property.title') ?? doc.id),
      }));
    },
  });
}
