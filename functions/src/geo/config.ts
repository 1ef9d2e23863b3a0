/**
 * Where the geo services live. Production talks to the real ones; `functions/.env.local` (the
 * local stack) points them at the fixture server (`scripts/fixtures`, e.g. port 4600).
 */
export interface GeoConfig {
  /** BAN address API base, without `/search`. */
  geocoderUrl: string;
  /** Mapbox API base, without `/directions-matrix`. */
  routingUrl: string;
  /** Empty when unset: the routing provider then refuses with `not-authorized`. */
  mapboxAccessToken: string;
}

export const defaultGeoConfig: GeoConfig = {
  geocoderUrl: 'https://data.geopf.fr/geocodage',
  routingUrl: 'https://api.mapbox.com',
  mapboxAccessToken: '',
};

function base(url: string | undefined, fallback: string): string {
  const value = url?.trim();
  return (value ? value : fallback).replace(/\/+$/, '');
}

export function geoConfig(env: NodeJS.ProcessEnv = process.env): GeoConfig {
  return {
    geocoderUrl: base(env.GEOCODER_URL, defaultGeoConfig.geocoderUrl),
    routingUrl: base(env.ROUTING_URL, defaultGeoConfig.routingUrl),
    mapboxAccessToken: env.MAPBOX_ACCESS_TOKEN?.trim() ?? '',
  };
}
