// Calls callable functions the way the apps do: the web SDK, signed in through the Auth emulator.
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import {
  connectAuthEmulator,
  getAuth,
  signInWithCustomToken,
  signInWithEmailAndPassword,
  signOut,
} from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, type Firestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { authTenantOf } from './pools.js';
import { host, ports, uniqueId, webConfig } from './stack.js';

export interface WebClient {
  app: FirebaseApp;
  /** The web Firestore SDK of this client, under the stack's security rules. */
  firestore(): Firestore;
  call<T = unknown>(name: string, data?: unknown): Promise<T>;
  /** Signs in to the agency's own pool, as its apps do (`auth.tenantId` first). */
  signIn(email: string, password: string, tenantId: string): Promise<void>;
  signInWithToken(token: string, tenantId: string): Promise<void>;
  signOut(): Promise<void>;
  close(): Promise<void>;
}

export function webClient(): WebClient {
  const app = initializeApp(webConfig, uniqueId('web'));
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${host}:${ports.auth}`, { disableWarnings: true });
  const functions = getFunctions(app, 'us-central1');
  connectFunctionsEmulator(functions, host, ports.functions);
  let db: Firestore | undefined;
  return {
    app,
    firestore() {
      if (!db) {
        db = getFirestore(app);
        connectFirestoreEmulator(db, host, ports.firestore);
      }
      return db;
    },
    async call<T>(name: string, data?: unknown) {
      const result = await httpsCallable(functions, name)(data);
      return result.data as T;
    },
    async signIn(email, password, tenantId) {
      auth.tenantId = await authTenantOf(tenantId);
      await signInWithEmailAndPassword(auth, email, password);
    },
    async signInWithToken(token, tenantId) {
      auth.tenantId = await authTenantOf(tenantId);
      await signInWithCustomToken(auth, token);
    },
    async signOut() {
      await signOut(auth);
    },
    async close() {
      await deleteApp(app);
    },
  };
}
