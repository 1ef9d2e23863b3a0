export { auth, db, functions, firebaseApp } from './firebase/client.js';
export { TenantProvider, useTenant } from './tenant/TenantProvider.js';
export type { AppKind } from './tenant/resolveTenant.js';
export { useSession, signOutEverywhere, type Session } from './auth/session.js';
export { clearAccessDenied, isPermissionDenied, reportAccessDenied } from './auth/accessDenied.js';
export { useSignInOptions } from './auth/signInOptions.js';
export { AuthCard } from './auth/AuthCard.js';
export { ForgotPasswordPage } from './auth/ForgotPasswordPage.js';
export { ResetPasswordPage } from './auth/ResetPasswordPage.js';
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
} from './shell/PortalShell.js';
export { AccessDisabledPage } from './shell/AccessDisabledPage.js';
export { initI18n, chooseLanguage } from './i18n/i18n.js';
export { renderPortal, type PortalOptions } from './app/renderPortal.js';
export { callFunction, errorMessage, type CallableName } from './firebase/callable.js';
export { BrandMark } from './shell/BrandMark.js';
export { LanguageSwitch } from './shell/LanguageSwitch.js';
export { LoadingScreen } from './shell/LoadingScreen.js';
