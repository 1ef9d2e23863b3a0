import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore';
import { firebaseApp } from './app.js';
import { emulatorHost, emulatorPorts, useEmulators } from './config.js';

/** The Firestore SDK: only signed-in screens load it (they import `@portail/web/data`). */
export const db = getFirestore(firebaseApp);

if (useEmulators) connectFirestoreEmulator(db, emulatorHost, emulatorPorts.firestore);
