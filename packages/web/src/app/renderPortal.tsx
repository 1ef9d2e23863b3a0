import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Role } from '@portail/shared';
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
  /** Routes reachable without signing in (first login, sign-up…). */
  publicRoutes?: RouteObject[];
  resources: { fr: object; en: object };
}

/** Mounts one of the two SPAs: tenant from the host, branding, session and the shell. */
export function renderPortal(options: PortalOptions) {
  initI18n(options.resources);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  });
  const router = createBrowserRouter([
    ...(options.publicRoutes ?? []),
    {
      path: '/',
      element: <PortalShell roles={options.roles} nav={options.nav} />,
      children: options.routes,
    },
  ]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <TenantProvider app={options.app}>
          <RouterProvider router={router} />
        </TenantProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
