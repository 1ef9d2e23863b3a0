// One place for every port and address of the local stack; scripts and tests read it.
export const projectId = 'demo-portail';
export const host = '127.0.0.1';
export const ports = {
  hub: 4400,
  auth: 9099,
  firestore: 8080,
  functions: 5001,
  storage: 4443,
  smtp: 1025,
  mailWeb: 1080,
  adminWeb: 5173,
  clientWeb: 5174,
  /** The outside services' stand-ins: BAN geocoder, Mapbox Matrix, map tiles (scripts/fixtures). */
  fixtures: 4600,
};
export const storageBucket = `${projectId}.appspot.com`;

/** The environment every SDK (admin and web) needs to find the emulators. */
export function emulatorEnv(): Record<string, string> {
  return {
    GCLOUD_PROJECT: projectId,
    FIREBASE_PROJECT_ID: projectId,
    FIRESTORE_EMULATOR_HOST: `${host}:${ports.firestore}`,
    FIREBASE_AUTH_EMULATOR_HOST: `${host}:${ports.auth}`,
    // fake-gcs-server, reached through functions/src/storage.ts (see why there).
    GCS_API_ENDPOINT: `http://${host}:${ports.storage}`,
    FUNCTIONS_EMULATOR_ORIGIN: `http://${host}:${ports.functions}`,
    MAIL_WEB_URL: `http://${host}:${ports.mailWeb}`,
    SMTP_HOST: host,
    SMTP_PORT: String(ports.smtp),
    STORAGE_BUCKET: storageBucket,
    GEOCODER_URL: `http://${host}:${ports.fixtures}/ban`,
    ROUTING_URL: `http://${host}:${ports.fixtures}/mapbox`,
    MAPBOX_ACCESS_TOKEN: 'pk.local-fixture',
  };
}

/**
 * Points this process's SDKs at the local stack unless the environment already names emulators
 * (for example `firebase emulators:exec` with the official ones).
 */
export function applyEmulatorEnv(): void {
  const env = emulatorEnv();
  // With the official Storage emulator, firebase-admin finds it through
  // FIREBASE_STORAGE_EMULATOR_HOST and fake-gcs-server's endpoint must not be used.
  if (process.env.FIREBASE_STORAGE_EMULATOR_HOST) delete env.GCS_API_ENDPOINT;
  for (const [key, value] of Object.entries(env)) process.env[key] ??= value;
}
