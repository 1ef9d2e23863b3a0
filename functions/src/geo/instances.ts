import { createBanGeocoder, type Geocoder } from './geocoder.js';
import { geoConfig } from './config.js';
import { createMapboxRouting, type Routing } from './routing.js';

let geocoder: Geocoder | null = null;
let routing: Routing | null = null;

/** This instance's geocoder: BAN in production, the fixture server on the local stack. */
export function currentGeocoder(): Geocoder {
  geocoder ??= createBanGeocoder({ baseUrl: geoConfig().geocoderUrl });
  return geocoder;
}

/** This instance's routing provider: Mapbox Matrix in production, the fixture server locally. */
export function currentRouting(): Routing {
  const config = geoConfig();
  routing ??= createMapboxRouting({
    baseUrl: config.routingUrl,
    accessToken: config.mapboxAccessToken,
  });
  return routing;
}
