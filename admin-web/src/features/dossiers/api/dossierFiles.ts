import { useMutation } from '@tanstack/react-query';
import type { UpdateDossierFilesInput } from '@portail/shared';
import { callDossierFunction, saveFromFunction } from './dossierCall.js';

export const updateDossierFiles = (input: UpdateDossierFilesInput) =>
  callDossierFunction<{ removed: number }>('updateDossierFiles', input);

export function useUpdateDossierFiles() {
  return useMutation({ mutationFn: updateDossierFiles });
}

/** Downloads a file through the one file path (staff get the original), under its own name. */
export function downloadDossierFile(dossierId: string, fileId: string, name: string) {
  const query = new URLSearchParams({ kind: 'dossierFile', dossierId, fileId });
  return saveFromFunction(`files?${query}`, name);
}
