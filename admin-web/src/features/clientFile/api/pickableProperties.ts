import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  collection,
  getDocs,
  limit,
  orderBy,
  query,
  where,
  type DocumentData,
} from 'firebase/firestore';
import { matchesOthers, searchTerms } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';

export const PICKER_LIMIT = 20;

/** What the picker shows of a property. */
export interface PickableProperty {
  id: string;
  title: string;
  city: string;
  postalCode: string;
  price: number | null;
  surface: number | null;
  rooms: number | null;
  photoId: string | null;
  keywords: string[];
}

function readProperty(id: string, data: DocumentData): PickableProperty {
  const address = (data.address ?? {}) as { city?: unknown; postalCode?: unknown };
  const photos = Array.isArray(data.photos) ? (data.photos as { id?: unknown }[]) : [];
  const number = (value: unknown) => (typeof value === 'number' ? value : null);
  return {
    id,
    title: typeof data.title === 'string' ? data.title : '',
    city: typeof address.city === 'string' ? address.city : '',
    postalCode: typeof address.postalCode === 'string' ? address.postalCode : '',
    price: number(data.price),
    surface: number(data.surface),
    rooms: number(data.rooms),
    photoId: typeof photos[0]?.id === 'string' ? photos[0].id : null,
    keywords: Array.isArray(data.keywords) ? (data.keywords as string[]) : [],
  };
}

/**
 * The agency's most recent properties, or those matching a search through their `keywords`
 * (the other words are checked on the 20 read): never the whole collection.
 */
export async function fetchPickableProperties(
  tenantId: string,
  text: string,
): Promise<PickableProperty[]> {
  const terms = searchTerms(text);
  const snapshot = await getDocs(
    query(
      collection(db, 'tenants', tenantId, 'properties'),
      ...(terms ? [where('keywords', 'array-contains', terms.keyword)] : []),
      orderBy('createdAt', 'desc'),
      limit(PICKER_LIMIT),
    ),
  );
  return snapshot.docs
    .map((doc) => readProperty(doc.id, doc.data()))
    .filter((property) => !terms || matchesOthers(property.keywords, terms.others));
}

export function usePickableProperties(text: string) {
  const { tenantId } = useTenant();
  return useQuery({
    queryKey: ['client-file-pick-properties', tenantId, text.trim()],
    queryFn: () => fetchPickableProperties(tenantId, text),
    placeholderData: keepPreviousData,
  });
}
