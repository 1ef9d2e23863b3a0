import { useEffect, useState } from 'react';
import { doc, onSnapshot } from 'firebase/firestore';
import { db } from '../firebase/client.js';

/**
 * Follows `tenants/{t}/public/{docId}` (readable before sign-in) live, so an admin's change shows
 * at once. A missing, invalid or unreadable document reads as `fallback`; null until first read,
 * and while there is no tenant to read.
 */
export function useLivePublicDoc<T>(
  tenantId: string | null,
  docId: string,
  schema: { safeParse(value: unknown): { data?: T } },
  fallback: T,
): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (!tenantId) return;
    return onSnapshot(
      doc(db, 'tenants', tenantId, 'public', docId),
      (snapshot) => setValue(schema.safeParse(snapshot.data()).data ?? fallback),
      () => setValue(fallback),
    );
  }, [tenantId, docId, schema, fallback]);
  return value;
}
