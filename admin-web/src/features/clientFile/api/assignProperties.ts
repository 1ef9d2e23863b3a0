import type { AssignPropertiesInput, AssignPropertiesResult } from '@portail/shared';
import { useCallableMutation } from '@portail/web';

/** Proposes properties to this client: each a draft card in their space (H3). */
export function useAssignProperties() {
  // The client's cards are followed live by the pipeline panel: nothing to refresh.
  return useCallableMutation<AssignPropertiesInput, AssignPropertiesResult>('assignProperties');
}
