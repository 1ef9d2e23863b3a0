import {
  createContext,
  lazy,
  Suspense,
  useContext,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PortalClaims, Role } from '@portail/shared';
import type { User } from 'firebase/auth';
import { accessDeniedUid, subscribeAccessDenied } from '../auth/accessDenied.js';
import { signOutEverywhere, useSession } from '../auth/session.js';
import { SignInPage } from '../auth/SignInPage.js';
import { useTenant } from '../tenant/TenantProvider.js';
import { AccessDisabledPage } from './AccessDisabledPage.js';
import { BrandMark } from './BrandMark.js';
import { ImpersonationBanner } from './ImpersonationBanner.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { LoadingScreen } from './LoadingScreen.js';
import { StaffRequestPendingPage, StaffRequestRejectedPage } from './StaffRequestPages.js';
import { requestRejectedUid, subscribeRequestRejected } from './staffRequestOutcome.js';
import { ShellNav, usePhoneLayout } from './ShellNav.js';
import { useDocumentTitle } from './useDocumentTitle.js';

// Signed in only: it brings the Firestore SDK.
const LiveBranding = lazy(() =>
  import('../data/liveBranding.js').then((module) => ({ default: module.LiveBranding })),
);

interface SignedIn {
  user: User;
  claims: PortalClaims;
  /** The staff uid previewing this client's space, or null for the client themselves. */
  impersonatedBy: string | null;
}

const SignedInContext = createContext<SignedIn | null>(null);

export function useSignedIn(): SignedIn {
  const value = useContext(SignedInContext);
  if (!value) throw new Error('useSignedIn outside PortalShell');
  return value;
}

/**
 * True while staff preview the client app: every control that writes must be disabled (the rules
 * refuse the writes anyway).
 */
export function useReadOnly(): boolean {
  return useContext(SignedInContext)?.impersonatedBy != null;
}

export interface NavItem {
  to: string;
  /** An i18n key, translated when the language changes. */
  labelKey: string;
  /** Only these roles see the entry (all of the app's roles when absent). */
  roles?: readonly Role[];
  /**
   * A count beside the entry (unread messages…). Give it `lazy()`: it usually reads Firestore,
   * which the sign-in page must not download.
   */
  badge?: ComponentType;
  /** Less daily entries: under « Plus » on a wide screen, listed after the others on a phone. */
  more?: true;
}

export interface ShellExtras {
  /** Beside the account in the header (the notifications bell); lazy for the same reason. */
  headerExtra?: ComponentType;
  /** Under every signed-in page (the agency's legal mentions). */
  footer?: ComponentType;
}

function SignOutButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="secondary" onClick={() => void signOutEverywhere()}>
      {t('session.signOut')}
    </button>
  );
}

/**
 * The signed-in frame of either app. It only lets in users of the agency's own pool whose claims
 * name this tenant and one of the roles the app serves; the rules enforce the same on every
 * request. A user whose reads the rules started refusing (revoked, removed) gets the "access
 * disabled" page. In the admin app, a user of the pool without claims is a collaborator whose
 * request awaits an admin (a removed member or a revoked client is disabled, so cannot sign in).
 */
export function PortalShell({
  roles,
  nav,
  headerExtra: HeaderExtra,
  footer: Footer,
}: { roles: readonly Role[]; nav: NavItem[] } & ShellExtras) {
  const { t } = useTranslation();
  // On a phone the navigation and the account live behind one "Menu" button.
  const [menuOpen, setMenuOpen] = useState(false);
  const phone = usePhoneLayout();
  const { tenantId, authTenantId, branding, app } = useTenant();
  const session = useSession();
  const deniedUid = useSyncExternalStore(subscribeAccessDenied, accessDeniedUid);
  const rejectedUid = useSyncExternalStore(subscribeRequestRejected, requestRejectedUid);

  if (session.status === 'loading') return <LoadingScreen />;
  if (session.status === 'signedOut') {
    if (rejectedUid) return <StaffRequestRejectedPage />;
    return deniedUid ? <AccessDisabledPage signedIn={false} /> : <SignInPage />;
  }
  const { user, claims, impersonatedBy } = session;
  const ourPool = session.authTenantId === authTenantId;
  if (ourPool && !claims && app === 'admin' && !impersonatedBy && deniedUid !== user.uid) {
    return <StaffRequestPendingPage user={user} />;
  }
  if (ourPool && (!claims || deniedUid === user.uid)) {
    return (
      <>
        {impersonatedBy && <ImpersonationBanner user={user} fallbackName={user.uid} />}
        <AccessDisabledPage />
      </>
    );
  }
  if (!ourPool || !claims || claims.tenantId !== tenantId || !roles.includes(claims.role)) {
    return (
      <main className="centered-page">
        <div className="card">
          <BrandMark branding={branding} large />
          <p role="alert">{t('session.wrongSpace')}</p>
          <SignOutButton />
        </div>
      </main>
    );
  }

  return (
    <SignedInContext.Provider value={{ user, claims, impersonatedBy }}>
      <Suspense fallback={null}>
        <LiveBranding />
      </Suspense>
      <div className={impersonatedBy ? 'shell shell-read-only' : 'shell'}>
        {impersonatedBy && (
          <ImpersonationBanner
            user={user}
            fallbackName={claims.role === 'client' ? claims.clientId : user.uid}
          />
        )}
        <header className={menuOpen ? 'shell-header shell-menu-open' : 'shell-header'}>
          <BrandMark branding={branding} />
          {/* Outside the menu: the bell's count shows on a phone without opening it. */}
          {HeaderExtra && (
            <div className="shell-extra">
              <Suspense fallback={null}>
                <HeaderExtra />
              </Suspense>
            </div>
          )}
          <button
            type="button"
            className="shell-menu-button"
            aria-expanded={menuOpen}
            aria-controls="shell-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {menuOpen ? t('session.closeMenu') : t('session.menu')}
          </button>
          <div className="shell-menu" id="shell-menu">
            <ShellNav
              items={nav.filter((item) => !item.roles || item.roles.includes(claims.role))}
              phone={phone}
              onNavigate={() => setMenuOpen(false)}
            />
            <div className="shell-user">
              <span className="shell-user-email">{user.email}</span>
              <span className="role-badge">{t(`session.roles.${claims.role}`)}</span>
              <LanguageSwitch />
              {!impersonatedBy && <SignOutButton />}
            </div>
          </div>
        </header>
        <main className="shell-main">
          <Suspense fallback={<LoadingScreen />}>
            <Outlet />
          </Suspense>
        </main>
        {Footer && (
          <Suspense fallback={null}>
            <Footer />
          </Suspense>
        )}
      </div>
    </SignedInContext.Provider>
  );
}

/** A signed-in page: its heading, which also names the browser tab ("Clients — Agence Démo"). */
export function ShellPage({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <section>
      <h1>{title}</h1>
      {children}
    </section>
  );
}
