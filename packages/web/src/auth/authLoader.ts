/**
 * The Auth SDK is a chunk of its own: the sign-in page is drawn without it and it is fetched
 * right after, while the user types. Everything that needs Auth awaits `loadAuth`.
 */
type AuthModule = typeof import('./authSession.js');

let loading: Promise<AuthModule> | null = null;

export function loadAuth(): Promise<AuthModule> {
  loading ??= import('./authSession.js');
  return loading;
}

/**
 * Whether this browser holds a session the Auth SDK will restore (Firebase keeps it in IndexedDB,
 * or in sessionStorage for a preview tab): with one, the app waits for Auth rather than flash the
 * sign-in page. A wrong guess costs a flash or a short wait, never a wrong access — the SDK decides.
 */
export async function mayHaveSession(): Promise<boolean> {
  try {
    for (let i = 0; i < sessionStorage.length; i++) {
      if (sessionStorage.key(i)?.startsWith('firebase:authUser:')) return true;
    }
  } catch {
    return true;
  }
  if (typeof indexedDB === 'undefined') return false;
  return new Promise<boolean>((resolve) => {
    const request = indexedDB.open('firebaseLocalStorageDb');
    request.onerror = () => resolve(true);
    request.onupgradeneeded = () => {
      // The database did not exist: nobody ever signed in here. Do not leave an empty one.
      request.transaction?.abort();
      resolve(false);
    };
    request.onsuccess = () => {
      const database = request.result;
      if (!database.objectStoreNames.contains('firebaseLocalStorage')) {
        database.close();
        resolve(false);
        return;
      }
      const count = database
        .transaction('firebaseLocalStorage', 'readonly')
        .objectStore('firebaseLocalStorage')
        .count();
      count.onsuccess = () => {
        database.close();
        resolve(count.result > 0);
      };
      count.onerror = () => {
        database.close();
        resolve(true);
      };
    };
  });
}
