import type { SavePropertyInput, SavePropertyResult } from '@portail/shared';
import { useCallableMutation, useTenant } from '@portail/web';
import { propertiesKey } from './listProperties.js';

/** Creates or edits a property; the answer says how its address was placed on the map. */
export function useSaveProperty() {
  const { tenantId } = useTenant();
  return useCallableMutation<SavePropertyInput, SavePropertyResult>('saveProperty', [
    [...propertiesKey(tenantId), 'page'],
  ]);
}
