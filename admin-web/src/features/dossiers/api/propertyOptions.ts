import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { MAX_PRICE } from '@portail/shared';
import { useTenant } from '@portail/web';
import { fetchPropertiesPage } from '../../properties/api/listProperties.js';

/** A picker shows a handful of matches: the hunter types more words rather than scrolls. */
const PROPERTY_OPTIONS = 8;

/**
 * The agency's properties matching `text`, newest first: one page of the properties list's own
 * query (neutral bounds, the keywords index), so no other index is needed. Nothing is read
 * before a word is typed.
 */
export function usePropertyOptions(text: string) {
  const { tenantId } = useTenant();
  const search = text.trim();
  return useQuery({
    queryKey: ['dossiers', tenantId, 'property-options', search],
    enabled: search.length > 0,
    placeholderData: keepPreviousData,
    queryFn: async () =>
      (
        await fetchPropertiesPage(
          tenantId,
          {
            search,
            type: '',
            priceMin: 0,
            priceMax: MAX_PRICE,
            surfaceMin: 0,
            roomsMin: 0,
            sort: 'newest',
          },
          PROPERTY_OPTIONS,
          null,
        )
      ).rows,
  });
}
