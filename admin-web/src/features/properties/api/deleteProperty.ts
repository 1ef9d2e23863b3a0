import { useCallableMutation, useTenant } from '@portail/web';
import { propertiesKey } from './listProperties.js';

export type DeletePropertyInput = { propertyId: string };

/** Final; refused while the property is in a client's space (the error names how many). */
export function useDeleteProperty() {
  const { tenantId } = useTenant();
  return useCallableMutation<DeletePropertyInput, { propertyId: string; deleted: true }>(
    'deleteProperty',
    [[...propertiesKey(tenantId), 'page']],
  );
}
