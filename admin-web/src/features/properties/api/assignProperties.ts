import type { AssignPropertiesInput, AssignPropertiesResult } from '@portail/shared';
import { useCallableMutation } from '@portail/web';

/** "Affecter": each property a draft card in each client's space; existing pairs are kept. */
export function useAssignProperties() {
  // The property's clients panel follows the assignments live: nothing to refresh.
  return useCallableMutation<AssignPropertiesInput, AssignPropertiesResult>('assignProperties');
}
