import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  collection,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type DocumentData,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import type { MandateEntry } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import { useTenantSettings } from '../../settings/api/tenantSettings.js';

export const mandatesKey = (tenantId: string) => ['mandates', tenantId];

export type MandateRow = MandateEntry & { id: string };
export type MandateCursor = QueryDocumentSnapshot;

const millis = (value: unknown) =>
  value && typeof value === 'object' && 'toMillis' in value
    ? (value as { toMillis(): number }).toMillis()
    : 0;

function readMandate(id: string, data: DocumentData): MandateRow {
  return {
    id,
    number: Number(data.number ?? 0),
    tenantId: String(data.tenantId ?? ''),
    clientId: String(data.clientId ?? ''),
    clientName: String(data.clientName ?? ''),
    date: String(data.date ?? ''),
    signedRemotely: data.signedRemotely === true,
    termMonths: Number(data.termMonths ?? 0),
    fee: Number(data.fee ?? 0),
    note: String(data.note ?? ''),
    correctionOf: typeof data.correctionOf === 'string' ? data.correctionOf : null,
    correctionOfNumber:
      typeof data.correctionOfNumber === 'number' ? data.correctionOfNumber : null,
    createdBy: String(data.createdBy ?? ''),
    createdAt: millis(data.createdAt),
    retainUntil: millis(data.retainUntil),
  };
}

/**
 * One page of the register in number order (L2: chronological), optionally one client's
 * entries. Queries: `mandates` orderBy `number`; `mandates` where `clientId ==` orderBy `number`.
 */
export async function fetchMandatePage(
  tenantId: string,
  clientId: string,
  pageSize: number,
  after: MandateCursor | null,
) {
  const snapshot = await getDocs(
    query(
      collection(db, 'tenants', tenantId, 'mandates'),
      ...(clientId ? [where('clientId', '==', clientId)] : []),
      orderBy('number'),
      ...(after ? [startAfter(after)] : []),
      limit(pageSize + 1),
    ),
  );
  const docs = snapshot.docs.slice(0, pageSize);
  return {
    rows: docs.map((doc) => readMandate(doc.id, doc.data())),
    next: snapshot.size > pageSize ? (docs[docs.length - 1] ?? null) : null,
  };
}

export function useMandatePage(clientId: string, cursor: MandateCursor | null, pageIndex: number) {
  const { tenantId } = useTenant();
  const settings = useTenantSettings();
  const pageSize = settings.data?.rowsPerPage ?? 25;
  return useQuery({
    queryKey: [...mandatesKey(tenantId), clientId, pageSize, pageIndex, cursor?.id ?? ''],
    queryFn: () => fetchMandatePage(tenantId, clientId, pageSize, cursor),
    enabled: settings.isFetched,
    placeholderData: keepPreviousData,
  });
}
