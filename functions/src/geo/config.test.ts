import { describe, expect, it } from 'vitest';
import { defaultGeoConfig, geoConfig } from './config.js';

describe('geoConfig', () => {
  it('uses the production services when nothing is set', () => {
    expect(geoConfig({})).toEqual(defaultGeoConfig);
    expect(defaultGeoConfig.geocoderUrl).toBe('https://data.geopf.fr/geocodage');
    expect(defaultGeoConfig.routingUrl).toBe('https://api.mapbox.com');
  });

  it('reads the environment, without trailing slashes or stray spaces', () => {
    expect(
      geoConfig({
        GEOCODER_URL: 'http://127.0.0.1:4600/ban/',
        ROUTING_URL: ' http://127.0.0.1:4600/mapbox ',
        MAPBOX_ACCESS_TOKEN: ' pk.local-fixture ',
      }),
    ).toEqual({
      geocoderUrl: 'http://127.0.0.1:4600/ban',
      routingUrl: 'http://127.0.0.1:4600/mapbox',
      mapboxAccessToken: 'pk.local-fixture',
    });
  });

  it('falls back to the default for an empty value', () => {
    expect(geoConfig({ GEOCODER_URL: '  ' }).geocoderUrl).toBe(defaultGeoConfig.geocoderUrl);
  });
});
