import { useMutation } from '@tanstack/react-query';
import { callDossierFunction } from './dossierCall.js';

export function useNotifyClient(dossierId: string) {
  return useMutation({
    mutationFn: () => callDossierFunction<{ queued: number }>('notifyDossierClient', { dossierId }),
  });
}
