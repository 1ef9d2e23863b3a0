import {
  browserLocalPersistence,
  browserSessionPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
} from 'firebase/auth';
import { firebaseApp } from './app.js';
import { emulatorHost, emulatorPorts, useEmulators } from './config.js';
import { setIdTokenSource } from './callable.js';

/**
 * The Auth SDK, loaded on demand (see auth/authLoader.ts): the sign-in page shows before it
 * arrives. `initializeAuth` without popup or redirect resolvers keeps the iframe and its code out:
 * the apps sign in with e-mail and password, links and custom tokens only.
 */
// The same persistences as getAuth, in its order: a preview tab's session (sessionStorage)
// survives a reload too.
export const auth = initializeAuth(firebaseApp, {
  persistence: [indexedDBLocalPersistence, browserLocalPersistence, browserSessionPersistence],
});

if (useEmulators) {
  connectAuthEmulator(auth, `http://${emulatorHost}:${emulatorPorts.auth}`, {
    disableWarnings: true,
  });
}

setIdTokenSource(async () => (auth.currentUser ? auth.currentUser.getIdToken() : null));
