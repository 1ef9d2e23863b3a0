import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Role } from '@portail/shared';
import { isPermissionDenied, reportAccessDenied } from '../auth/accessDenied.js';
import { passwordRoutes } from '../auth/passwordRoutes.js';
import { auth } from '../firebase/client.js';
import { initI18n } from '../i18n/i18n.js';
import { PortalShell, type NavItem } from '../shell/PortalShell.js';
import { TenantProvider } from '../tenant/TenantProvider.js';
import type { AppKind } from '../tenant/resolveTenant.js';
import '../styles.css';

export interface PortalOptions {
  app: AppKind;
  /** Roles allowed into the signed-in part of this app. */
  roles: readonly Role[];
  nav: NavItem[];
  /** Routes rendered inside the signed-in shell. */
  routes: RouteObject[];
  /** Routes of this tenant reachable without signing in (first login, forgot password…). */
  publicRoutes?: RouteObject[];
  /** Routes that belong to no tenant (the platform's sign-up page). */
  tenantlessRoutes?: RouteObject[];
  resources: { fr: object; en: object };
}

/** Mounts one of the two SPAs: tenant from the host, branding, session and the shell. */
export function renderPortal(options: PortalOptions) {
  initI18n(options.resources);
  const queryClient = new QueryClient({
    // A read the rules refuse to a signed-in user means their access is gone: the shell shows
    // the "access disabled" page (see PortalShell) and retrying would not change the answer.
    queryCache: new QueryCache({
      onError: (error) => {
        if (isPermissionDenied(error)) reportAccessDenied(auth.currentUser?.uid);
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => !isPermissionDenied(error) && failures < 1,
        refetchOnWindowFocus: false,
      },
    },
  });
  // "Forgot password" is linked from every sign-in page: an app that did not list its pages gets
  // the shared ones.
  const publicRoutes = [...(options.publicRoutes ?? [])];
  for (const route of passwordRoutes()) {
    if (!publicRoutes.some((existing) => existing.path === route.path)) publicRoutes.push(route);
  }
  const withTenant = (element: ReactNode) => (
    <TenantProvider app={options.app}>{element}</TenantProvider>
  );
  const router = createBrowserRouter([
    ...(options.tenantlessRoutes ?? []),
    ...publicRoutes.map((route) => ({
      ...route,
      element: withTenant(route.element),
    })),
    {
      path: '/',
      element: withTenant(<PortalShell roles={options.roles} nav={options.nav} />),
      children: options.routes,
    },
  ]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
