import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { doc, getDoc, serverTimestamp, setDoc } from 'firebase/firestore';
import { tariffsPath, type TariffsInput } from '@portail/shared';
import { useSignedIn, useTenant } from '@portail/web';
import { db } from '@portail/web/data';

const key = (tenantId: string) => ['tariffs', tenantId];

export async function fetchTariffs(tenantId: string): Promise<TariffsInput> {
  const text: unknown = (await getDoc(doc(db, tariffsPath(tenantId)))).get('text');
  return { text: typeof text === 'string' ? text : '' };
}

export function useTariffs() {
  const { tenantId } = useTenant();
  return useQuery({ queryKey: key(tenantId), queryFn: () => fetchTariffs(tenantId) });
}

/** The rules check the size, the author and the server time again. */
export function useSaveTariffs() {
  const { tenantId } = useTenant();
  const { user } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TariffsInput) =>
      setDoc(doc(db, tariffsPath(tenantId)), {
        text: input.text,
        updatedBy: user.uid,
        updatedAt: serverTimestamp(),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(tenantId) }),
  });
}
