/**
 * Where the apps find Firebase: the project's settings and the emulators' addresses. Nothing here
 * loads a Firebase SDK, so the sign-in page can read it before any SDK is downloaded.
 */
const env = import.meta.env;

/** Local development and tests use the emulators; a deployed build sets VITE_USE_EMULATORS=false. */
export const useEmulators = env.VITE_USE_EMULATORS !== 'false';

/**
 * The emulators listen on the loopback address. Pages served from `localhost` or an agency's
 * own local host (`agence-x.localhost`) reach them at 127.0.0.1; other hosts (127.0.0.1, a LAN
 * address) at the host that served the page.
 */
export const emulatorHost = (() => {
  if (typeof location === 'undefined') return '127.0.0.1';
  const { hostname } = location;
  return hostname === 'localhost' || hostname.endsWith('.localhost') ? '127.0.0.1' : hostname;
})();

export const firebaseConfig = {
  apiKey: env.VITE_FIREBASE_API_KEY ?? 'demo-api-key',
  authDomain: env.VITE_FIREBASE_AUTH_DOMAIN ?? 'demo-portail.firebaseapp.com',
  projectId: env.VITE_FIREBASE_PROJECT_ID ?? 'demo-portail',
  storageBucket: env.VITE_FIREBASE_STORAGE_BUCKET ?? 'demo-portail.appspot.com',
  appId: env.VITE_FIREBASE_APP_ID ?? 'demo-app',
};

export const functionsRegion = 'us-central1';

export const emulatorPorts = { auth: 9099, firestore: 8080, functions: 5001 };

/** Firestore's REST API, for the few public reads made before any SDK is loaded. */
export const firestoreRestOrigin = useEmulators
  ? `http://${emulatorHost}:${emulatorPorts.firestore}`
  : 'https://firestore.googleapis.com';

export const firestoreDocumentsUrl = `${firestoreRestOrigin}/v1/projects/${firebaseConfig.projectId}/databases/(default)/documents`;

/** Where callable and HTTP functions answer. */
export const functionsOrigin = useEmulators
  ? `http://${emulatorHost}:${emulatorPorts.functions}/${firebaseConfig.projectId}/${functionsRegion}`
  : (env.VITE_FUNCTIONS_ORIGIN ??
    `https://${functionsRegion}-${firebaseConfig.projectId}.cloudfunctions.net`);
