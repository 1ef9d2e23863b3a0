import { logger } from 'firebase-functions/v2';
import { streetOnly, type PropertyFields, type PropertyLocation } from '@portail/shared';
import { createBanGeocoder, type Geocoder } from '../geo/geocoder.js';
import { geoConfig } from '../geo/config.js';

export type Located = PropertyLocation;

let geocoder: Geocoder | null = null;

/** The geocoder of this instance: BAN in production, the fixture server locally. */
function currentGeocoder(): Geocoder {
  geocoder ??= createBanGeocoder({ baseUrl: geoConfig().geocoderUrl });
  return geocoder;
}

/**
 * Places a property on the map as precisely as the hunter chose to show it (H2): the exact
 * address, the street (its number left out) or the postal code's town. Null when the address is
 * not found (`not-found`) or the geocoder cannot be reached (`unavailable`): the property is saved
 * anyway and the hunter is told which.
 */
export async function locateProperty(
  fields: Pick<PropertyFields, 'address' | 'addressPrecision'>,
): Promise<Located | 'not-found' | 'unavailable'> {
  const { street, postalCode, city } = fields.address;
  const shown =
    fields.addressPrecision === 'postalCode'
      ? `${postalCode} ${city}`
      : `${fields.addressPrecision === 'street' ? streetOnly(street) : street} ${postalCode} ${city}`;
  try {
    const found = await currentGeocoder().geocode(shown, { postalCode });
    if (!found) return 'not-found';
    return {
      location: found.location,
      geocode: { label: found.label, precision: found.precision, score: found.score },
    };
  } catch (error) {
    logger.warn('geocoding failed', { reason: error instanceof Error ? error.message : error });
    return 'unavailable';
  }
}
