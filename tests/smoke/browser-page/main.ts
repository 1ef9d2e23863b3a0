// A bare page that uses the web SDK the way the apps do: Firestore over WebChannel in real time,
// Auth against the emulator, and a callable function.
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { connectFirestoreEmulator, doc, getFirestore, onSnapshot } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';

const params = new URLSearchParams(location.search);
const config = JSON.parse(params.get('config') ?? '{}') as Record<string, string>;
const emulatorHost = params.get('host') ?? '127.0.0.1';
const app = initializeApp(config);

const db = getFirestore(app);
connectFirestoreEmulator(db, emulatorHost, Number(params.get('firestorePort')));
const auth = getAuth(app);
connectAuthEmulator(auth, `http://${emulatorHost}:${params.get('authPort')}`, {
  disableWarnings: true,
});
const functions = getFunctions(app);
connectFunctionsEmulator(functions, emulatorHost, Number(params.get('functionsPort')));

const output = document.getElementById('value')!;
onSnapshot(
  doc(db, params.get('doc') ?? 'missing/doc'),
  (snapshot) => {
    output.textContent = JSON.stringify(snapshot.data() ?? null);
  },
  (error) => {
    output.textContent = `error: ${error.code}`;
  },
);

declare global {
  interface Window {
    callWhoAmI: (email: string, password: string) => Promise<unknown>;
  }
}

window.callWhoAmI = async (email, password) => {
  await signInWithEmailAndPassword(auth, email, password);
  const result = await httpsCallable(functions, 'whoAmI')();
  return result.data;
};
