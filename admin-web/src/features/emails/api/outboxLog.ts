import { useMutation } from '@tanstack/react-query';
import {
  collection,
  limit,
  orderBy,
  query,
  startAfter,
  Timestamp,
  type QueryDocumentSnapshot,
  type QuerySnapshot,
} from 'firebase/firestore';
import { emailCallableNames, type OutboxLogEntry, type OutboxState } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';
import { callEmailFunction } from './callEmailFunction.js';

export interface OutboxRow extends OutboxLogEntry {
  id: string;
}

export interface OutboxPage {
  rows: OutboxRow[];
  /** The cursor of the next page; null on the last one. */
  last: QueryDocumentSnapshot | null;
}

const millis = (value: unknown) => (value instanceof Timestamp ? value.toMillis() : 0);

function readPage(snapshot: QuerySnapshot, size: number): OutboxPage {
  const rows = snapshot.docs.map((entry) => {
    const data = entry.data();
    return {
      id: entry.id,
      to: Array.isArray(data.to) ? (data.to as string[]) : [],
      subject: String(data.subject ?? ''),
      kind: String(data.kind ?? ''),
      state: data.state as OutboxState,
      attempts: Number(data.attempts ?? 0),
      error: typeof data.error === 'string' ? data.error : null,
      createdAt: millis(data.createdAt),
      updatedAt: millis(data.updatedAt),
    };
  });
  return { rows, last: snapshot.docs.length === size ? snapshot.docs.at(-1)! : null };
}

/**
 * One page of the recent e-mails, newest first, followed live (the state changes while one
 * watches): `outboxLog` orderBy createdAt desc, limit rowsPerPage, after the previous page's cursor.
 */
export function useOutboxPage(size: number, after: QueryDocumentSnapshot | null) {
  const { tenantId } = useTenant();
  const source = query(
    collection(db, 'tenants', tenantId, 'outboxLog'),
    orderBy('createdAt', 'desc'),
    ...(after ? [startAfter(after)] : []),
    limit(size),
  );
  return useLiveQuery(['outbox-log', tenantId, size, after?.id ?? null], source, (snapshot) =>
    readPage(snapshot, size),
  );
}

export function useResendEmail() {
  return useMutation({
    mutationFn: (messageId: string) =>
      callEmailFunction(emailCallableNames.resendEmail, { messageId }),
  });
}
