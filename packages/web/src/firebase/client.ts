import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';

const env = import.meta.env;

/**
 * Local development and tests talk to the emulators on the host that served the page, so the
 * apps work from localhost and 127.0.0.1 alike. A deployed build sets VITE_USE_EMULATORS=false.
 */
const useEmulators = env.VITE_USE_EMULATORS !== 'false';
const emulatorHost = typeof location === 'undefined' ? '127.0.0.1' : location.hostname;

export const firebaseApp = initializeApp({
  apiKey: env.VITE_FIREBASE_API_KEY ?? 'demo-api-key',
  authDomain: env.VITE_FIREBASE_AUTH_DOMAIN ?? 'demo-portail.firebaseapp.com',
  projectId: env.VITE_FIREBASE_PROJECT_ID ?? 'demo-portail',
  storageBucket: env.VITE_FIREBASE_STORAGE_BUCKET ?? 'demo-portail.appspot.com',
  appId: env.VITE_FIREBASE_APP_ID ?? 'demo-app',
});

export const auth = getAuth(firebaseApp);
export const db = getFirestore(firebaseApp);
export const functions = getFunctions(firebaseApp, 'us-central1');

/** Where Firestore's REST API answers (for the one raw request of auth/endedSession.ts). */
export const firestoreRestOrigin = useEmulators
  ? `http://${emulatorHost}:8080`
  : 'https://firestore.googleapis.com';

if (useEmulators) {
  connectAuthEmulator(auth, `http://${emulatorHost}:9099`, { disableWarnings: true });
  connectFirestoreEmulator(db, emulatorHost, 8080);
  connectFunctionsEmulator(functions, emulatorHost, 5001);
}
