import { describe, expect, it } from 'vitest';
import { resolveMapSettings } from './config.js';

describe('resolveMapSettings', () => {
  it('draws the fixture style on the local stack', () => {
    expect(resolveMapSettings({}, true, '127.0.0.1')).toEqual({
      style: 'http://127.0.0.1:4600/map/style.json',
      accessToken: '',
    });
    expect(resolveMapSettings({ VITE_FIXTURES_PORT: '4700' }, true, '10.0.0.2')?.style).toBe(
      'http://10.0.0.2:4700/map/style.json',
    );
  });

  it('has no map in production without a style', () => {
    expect(resolveMapSettings({}, false, 'x')).toBeNull();
    expect(resolveMapSettings({ VITE_MAPBOX_TOKEN: 'pk.abc' }, false, 'x')).toBeNull();
  });

  it('needs a token for a Mapbox style, not for one of its own', () => {
    const mapbox = 'mapbox://styles/mapbox/streets-v12';
    expect(resolveMapSettings({ VITE_MAPBOX_STYLE: mapbox }, false, 'x')).toBeNull();
    expect(
      resolveMapSettings({ VITE_MAPBOX_STYLE: mapbox, VITE_MAPBOX_TOKEN: ' pk.abc ' }, false, 'x'),
    ).toEqual({ style: mapbox, accessToken: 'pk.abc' });
    expect(
      resolveMapSettings({ VITE_MAPBOX_STYLE: 'https://tiles.example.fr/style.json' }, false, 'x'),
    ).toEqual({ style: 'https://tiles.example.fr/style.json', accessToken: '' });
  });
});
