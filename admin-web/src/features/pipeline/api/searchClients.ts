import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { collection, getDocs, limit, orderBy, query, where } from 'firebase/firestore';
import { matchesOthers, phoneSearchKeyword, searchTerms } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';

export interface ClientChoice {
  id: string;
  name: string;
  email: string;
}

/** Suggestions shown at once; the hunter types more to narrow them. */
export const CLIENT_CHOICES = 10;
/**
 * A scoped collaborator cannot combine `keywords` and `sharedWith` (Firestore allows one
 * `array-contains` per query): they search within the first clients shared with them.
 */
export const SHARED_CLIENTS_READ = 50;

/** What a search box's text asks the `keywords` of clients for, or null for nothing yet. */
export function clientSearchWords(text: string): { keyword: string; others: string[] } | null {
  const phone = phoneSearchKeyword(text);
  if (phone) return { keyword: phone, others: [] };
  return searchTerms(text);
}

/** Clients whose names, e-mails or phone start with the words typed, by last name. */
export async function searchClients(
  tenantId: string,
  text: string,
  sharedOnlyUid: string | null,
): Promise<ClientChoice[]> {
  const words = clientSearchWords(text);
  if (!words) return [];
  const clients = collection(db, 'tenants', tenantId, 'clients');
  const snapshot = await getDocs(
    sharedOnlyUid
      ? query(
          clients,
          where('sharedWith', 'array-contains', sharedOnlyUid),
          orderBy('sortKey'),
          limit(SHARED_CLIENTS_READ),
        )
      : query(
          clients,
          where('keywords', 'array-contains', words.keyword),
          orderBy('sortKey'),
          limit(CLIENT_CHOICES),
        ),
  );
  return snapshot.docs
    .map((client) => ({
      id: client.id,
      data: client.data() as {
        firstName?: string;
        lastName?: string;
        email?: string;
        status?: string;
        keywords?: string[];
      },
    }))
    .filter(({ data }) => data.status !== 'deleting')
    .filter(({ data }) => {
      const keywords = data.keywords ?? [];
      return keywords.includes(words.keyword) && matchesOthers(keywords, words.others);
    })
    .slice(0, CLIENT_CHOICES)
    .map(({ id, data }) => ({
      id,
      name: `${data.firstName ?? ''} ${data.lastName ?? ''}`.trim() || id,
      email: data.email ?? '',
    }));
}

export function useSearchClients(text: string, sharedOnlyUid: string | null, enabled: boolean) {
  const { tenantId } = useTenant();
  const words = clientSearchWords(text);
  return useQuery({
    queryKey: ['pipeline', tenantId, 'clientSearch', sharedOnlyUid ?? '*', text.trim()],
    queryFn: () => searchClients(tenantId, text, sharedOnlyUid),
    enabled: enabled && words !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
