import { useCallableMutation, useTenant } from '@portail/web';
import { propertiesKey } from './listProperties.js';

/** The order wanted (the first is the cover) and the photos to delete, named. */
export type UpdatePhotosInput = { propertyId: string; order: string[]; remove: string[] };

export function useUpdatePhotos() {
  const { tenantId } = useTenant();
  return useCallableMutation<UpdatePhotosInput, { photos: number; removed: number }>(
    'updatePhotos',
    [[...propertiesKey(tenantId), 'page']],
  );
}
