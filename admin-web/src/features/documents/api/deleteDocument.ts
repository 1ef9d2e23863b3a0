import { callableNames, type DeleteDocumentInput } from '@portail/shared';
import { useCallableMutation } from '@portail/web';

/** `deleteDocument`: the record, its file and its downloads. The live list drops the row itself. */
export function useDeleteDocument() {
  return useCallableMutation<DeleteDocumentInput, { deleted: boolean }>(
    callableNames.deleteDocument,
  );
}
