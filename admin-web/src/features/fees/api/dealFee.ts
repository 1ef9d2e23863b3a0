import { useMutation } from '@tanstack/react-query';
import { deleteDoc, doc, serverTimestamp, setDoc, type DocumentSnapshot } from 'firebase/firestore';
import { useMemo } from 'react';
import { dealFeeSchema, type DealFee } from '@portail/shared';
import { useSignedIn, useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';

/** `clients/{c}/dealFees/{propertyId}`: staff on the client only, never the client (H5). */
const dealFeeRef = (tenantId: string, clientId: string, propertyId: string) =>
  doc(db, 'tenants', tenantId, 'clients', clientId, 'dealFees', propertyId);

function readFee(snapshot: DocumentSnapshot): DealFee | null {
  if (!snapshot.exists()) return null;
  const parsed = dealFeeSchema.safeParse(snapshot.data());
  return parsed.success ? parsed.data : null;
}

/** The deal's fee, followed live; null when none was entered. */
export function useDealFee(clientId: string, propertyId: string, enabled: boolean) {
  const { tenantId } = useTenant();
  const source = useMemo(
    () => (enabled ? dealFeeRef(tenantId, clientId, propertyId) : null),
    [tenantId, clientId, propertyId, enabled],
  );
  return useLiveQuery<DealFee | null, DocumentSnapshot>(
    ['deal-fee', tenantId, clientId, propertyId],
    source,
    readFee,
  );
}

export async function saveDealFee(
  tenantId: string,
  clientId: string,
  propertyId: string,
  uid: string,
  fee: DealFee | null,
): Promise<void> {
  const ref = dealFeeRef(tenantId, clientId, propertyId);
  if (fee === null) {
    await deleteDoc(ref);
    return;
  }
  await setDoc(ref, { ...fee, updatedBy: uid, updatedAt: serverTimestamp() });
}

/** Saves the fee (null clears it); the deal document and Analyses follow through a trigger. */
export function useSaveDealFee(clientId: string, propertyId: string) {
  const { tenantId } = useTenant();
  const { user } = useSignedIn();
  return useMutation({
    mutationFn: (fee: DealFee | null) => saveDealFee(tenantId, clientId, propertyId, user.uid, fee),
  });
}
