export { auth, db, functions, firebaseApp } from './firebase/client.js';
export { TenantProvider, useTenant } from './tenant/TenantProvider.js';
export type { AppKind } from './tenant/resolveTenant.js';
export { useSession, signOutEverywhere } from './auth/session.js';
export { PortalShell, ShellPage, useSignedIn, type NavItem } from './shell/PortalShell.js';
export { initI18n, chooseLanguage } from './i18n/i18n.js';
export { renderPortal, type PortalOptions } from './app/renderPortal.js';
