import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveDossierInput, SaveDossierResult } from '@portail/shared';
import { useTenant } from '@portail/web';
import { callDossierFunction } from './dossierCall.js';
import { dossiersKey } from './listDossiers.js';

export const saveDossier = (input: SaveDossierInput) =>
  callDossierFunction<SaveDossierResult>('saveDossier', input);

export function useSaveDossier() {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveDossier,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossiersKey(tenantId) }),
  });
}
