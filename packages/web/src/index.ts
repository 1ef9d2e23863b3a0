// `@portail/web`: what both SPAs share and load first — no Firebase SDK at module level (Auth
// comes through `loadAuth`, Firestore through `@portail/web/data`), so the sign-in page stays light.
export { TenantProvider, useTenant, type Tenant } from './tenant/TenantProvider.js';
export type { AppKind } from './tenant/resolveTenant.js';
export {
  useSession,
  signOutEverywhere,
  type Session,
  type SignedInSession,
} from './auth/session.js';
export { loadAuth } from './auth/authLoader.js';
export { clearAccessDenied, isPermissionDenied, reportAccessDenied } from './auth/accessDenied.js';
export { AuthCard } from './auth/AuthCard.js';
export {
  SetPasswordPage,
  type SetPasswordPageProps,
  type SetPasswordResult,
} from './auth/SetPasswordPage.js';
export { passwordRoutes, forgotPasswordPath, resetPasswordPath } from './auth/passwordRoutes.js';
export {
  PortalShell,
  ShellPage,
  useSignedIn,
  useReadOnly,
  type NavItem,
  type ShellExtras,
} from './shell/PortalShell.js';
export { AccessDisabledPage } from './shell/AccessDisabledPage.js';
export { initI18n, chooseLanguage } from './i18n/i18n.js';
export { renderPortal, screen, type PortalOptions } from './app/renderPortal.js';
export { callFunction, CallableError, errorCode, type CallableName } from './firebase/callable.js';
export { uploadBytes } from './firebase/uploadBytes.js';
// Translated by stable code (details.code, status) in the UI's language: see i18n/errorCodes.ts.
export { errorMessage } from './i18n/errorCodes.js';
export { useDocumentTitle, useExactDocumentTitle } from './shell/useDocumentTitle.js';
export { PublicLinks } from './shell/PublicLinks.js';
export { legalRoutes, privacyPath, termsPath } from './shell/legalRoutes.js';
// L1: the agency's card number and the « Tarifs » link; give it lazily as `footer`.
export { AgencyFooter, myDataPath, tariffsPath } from './shell/agencyFooterLazy.js';
export { agencyTariffs } from './shell/agencyCard.js';
export { functionsOrigin } from './firebase/config.js';
export { BrandMark } from './shell/BrandMark.js';
export { LanguageSwitch } from './shell/LanguageSwitch.js';
export { LoadingScreen } from './shell/LoadingScreen.js';
export { Field, fieldErrors, type FieldIssue } from './forms/Field.js';
export { useForm } from './forms/useForm.js';
export { ConfirmDialog } from './forms/ConfirmDialog.js';
export { useCallableMutation } from './forms/useCallableMutation.js';
export { PropertyPhoto, usePhotoUrl } from './data/photos.js';
// The header's notifications bell, lazy: give it to renderPortal as `headerExtra`.
export { Bell } from './bell/lazyBell.js';
