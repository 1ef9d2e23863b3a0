import { emulatorHost, useEmulators } from '../firebase/config.js';

export interface MapSettings {
  style: string;
  accessToken: string;
}

/** The map's build settings (`VITE_*`, read by Vite at build time). */
interface MapEnv {
  /** A Mapbox access token: needed for `mapbox://` styles, and by mapbox-gl's terms of use. */
  VITE_MAPBOX_TOKEN?: string;
  /** The style's URL: `mapbox://styles/…` or an https style of one's own. */
  VITE_MAPBOX_STYLE?: string;
  /** The fixture server's port on the local stack (4600 unless the stack says otherwise). */
  VITE_FIXTURES_PORT?: string;
}

/**
 * Which style the map draws, or `null` when none is configured (the screens then say the map is
 * unavailable). Production sets VITE_MAPBOX_STYLE (and VITE_MAPBOX_TOKEN for a Mapbox style); the
 * local stack and tests draw the fixture server's style and tiles, so nothing leaves the machine.
 */
export function resolveMapSettings(
  env: MapEnv,
  emulators: boolean,
  host: string,
): MapSettings | null {
  const accessToken = env.VITE_MAPBOX_TOKEN?.trim() ?? '';
  const configured = env.VITE_MAPBOX_STYLE?.trim() ?? '';
  const port = env.VITE_FIXTURES_PORT?.trim() || '4600';
  const style = configured || (emulators ? `http://${host}:${port}/map/style.json` : '');
  if (!style) return null;
  // A Mapbox-hosted style is refused without a token: better to say so than to show an error.
  if (style.startsWith('mapbox://') && !accessToken) return null;
  return { style, accessToken };
}

export const mapSettings = resolveMapSettings(
  import.meta.env as MapEnv,
  useEmulators,
  emulatorHost,
);
