import { host, ports } from '../stack-config.js';

/**
 * THE one relaxation of the production headers for local development: the apps talk to the
 * emulators over plain http on the loopback (Auth, Firestore, Functions; the logo from the local
 * Storage; map tiles and routes from the fixtures server), so their origins join `connect-src`
 * and `img-src`. Everything else of firebase.json's Content-Security-Policy stays as deployed.
 * A page served from another host name (a LAN address) reaches the emulators at that name.
 */
export function emulatorOrigins(pageHostname: string): string[] {
  const emulatorHost =
    pageHostname === 'localhost' || pageHostname.endsWith('.localhost') ? host : pageHostname;
  const emulatorPorts = [
    ports.auth,
    ports.firestore,
    ports.functions,
    ports.storage,
    ports.fixtures,
  ];
  return emulatorPorts.map((port) => `http://${emulatorHost}:${port}`);
}

export function relaxCspForEmulators(csp: string, pageHostname: string): string {
  const origins = emulatorOrigins(pageHostname).join(' ');
  return csp
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) =>
      /^(connect-src|img-src)\s/.test(directive) ? `${directive} ${origins}` : directive,
    )
    .join('; ');
}
