import { useState } from 'react';
import type { QueryDocumentSnapshot } from 'firebase/firestore';

/** A stack of page cursors, reset when `key` (filters, page size) changes. */
export function usePager(key: string) {
  const [paging, setPaging] = useState<{ key: string; cursors: (QueryDocumentSnapshot | null)[] }>({
    key,
    cursors: [null],
  });
  const cursors = paging.key === key ? paging.cursors : [null];
  return {
    page: cursors.length,
    after: cursors.at(-1) ?? null,
    previous: () => setPaging({ key, cursors: cursors.slice(0, -1) }),
    next: (last: QueryDocumentSnapshot | null) =>
      last && setPaging({ key, cursors: [...cursors, last] }),
  };
}
