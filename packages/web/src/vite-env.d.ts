/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_USE_EMULATORS?: string;
  /** The addresses the sign-up page announces: the functions' ADMIN/CLIENT_APP_URL_TEMPLATE. */
  readonly VITE_ADMIN_APP_URL_TEMPLATE?: string;
  readonly VITE_CLIENT_APP_URL_TEMPLATE?: string;
  readonly VITE_FIREBASE_API_KEY?: string;
  readonly VITE_FIREBASE_AUTH_DOMAIN?: string;
  readonly VITE_FIREBASE_PROJECT_ID?: string;
  readonly VITE_FIREBASE_STORAGE_BUCKET?: string;
  readonly VITE_FIREBASE_APP_ID?: string;
  /** Where the functions answer in production when not at the default cloudfunctions.net. */
  readonly VITE_FUNCTIONS_ORIGIN?: string;
}
