import { lazy, StrictMode, Suspense, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Outlet, useRoutes, type RouteObject } from 'react-router';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Role } from '@portail/shared';
import { isPermissionDenied, reportAccessDenied } from '../auth/accessDenied.js';
import { loadAuth } from '../auth/authLoader.js';
import { passwordRoutes } from '../auth/passwordRoutes.js';
import { addMessages, initI18n } from '../i18n/i18n.js';
import { LoadingScreen } from '../shell/LoadingScreen.js';
import { ErrorBoundary } from '../shell/ErrorBoundary.js';
import { NotFoundPage } from '../shell/NotFoundPage.js';
import { PortalShell, type NavItem, type ShellExtras } from '../shell/PortalShell.js';
import { OfflineGate } from '../pwa/OfflineGate.js';
import { startServiceWorker } from '../pwa/startServiceWorker.js';
import { TenantChrome } from '../pwa/TenantChrome.js';
import { UpdatePrompt } from '../pwa/UpdatePrompt.js';
import { parseWithoutEval } from '../pwa/zodWithoutEval.js';
import { TenantProvider } from '../tenant/TenantProvider.js';
import type { AppKind } from '../tenant/resolveTenant.js';
import '../styles.css';

export interface PortalOptions extends ShellExtras {
  app: AppKind;
  /** Roles allowed into the signed-in part of this app. */
  roles: readonly Role[];
  nav: NavItem[];
  /** Routes rendered inside the signed-in shell; give them `lazy` so each screen is its own chunk. */
  routes: RouteObject[];
  /** Routes of this tenant reachable without signing in (first login, forgot password…). */
  publicRoutes?: RouteObject[];
  /** Routes that belong to no tenant (the platform's sign-up page). */
  tenantlessRoutes?: RouteObject[];
  /** Messages every screen may need, in the sign-in page's bundle: keep it to the shell's. */
  resources: { fr: object; en: object };
  /** The screens' messages, fetched once with the first lazy screen (see `withLazyElements`). */
  screenResources?: () => Promise<{ fr: object; en: object }>;
}

/** One fetch of the screens' messages, however many screens ask for it. */
function onceLoader(load?: () => Promise<{ fr: object; en: object }>) {
  let loaded: Promise<void> | undefined;
  return () => {
    if (!load) return Promise.resolve();
    loaded ??= load().then(addMessages);
    return loaded;
  };
}

/**
 * Routes declare their screen with `lazy` (as in the data router) and are drawn by the
 * declarative router, whose code is far smaller: the first page is what the budget is about.
 */
function withLazyElements(routes: RouteObject[], loadMessages: () => Promise<void>): RouteObject[] {
  return routes.map((route) => {
    const children = route.children ? withLazyElements(route.children, loadMessages) : undefined;
    const load = route.lazy;
    if (typeof load !== 'function') return { ...route, children } as RouteObject;
    const Screen = lazy(async () => {
      const [module] = (await Promise.all([load(), loadMessages()])) as [
        { Component?: ComponentType },
        void,
      ];
      if (!module.Component) throw new Error(`route ${route.path ?? '(index)'} has no Component`);
      return { default: module.Component };
    });
    const { lazy: _lazy, ...rest } = route;
    return { ...rest, children, element: <Screen /> } as RouteObject;
  });
}

/** Mounts one of the two SPAs: tenant from the host, branding, session and the shell. */
export function renderPortal(options: PortalOptions) {
  parseWithoutEval();
  initI18n(options.resources);
  const queryClient = new QueryClient({
    // A read the rules refuse to a signed-in user means their access is gone: the shell shows
    // the "access disabled" page (see PortalShell) and retrying would not change the answer.
    queryCache: new QueryCache({
      onError: (error) => {
        if (!isPermissionDenied(error)) return;
        void loadAuth().then(({ auth }) => reportAccessDenied(auth.currentUser?.uid));
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => !isPermissionDenied(error) && failures < 1,
        refetchOnWindowFocus: false,
      },
      // Firestore queues writes made offline and sends them later: never hold them back.
      mutations: { networkMode: 'always' },
    },
  });
  // "Forgot password" is linked from every sign-in page: an app that did not list its pages gets
  // the shared ones.
  const publicRoutes = [...(options.publicRoutes ?? [])];
  for (const route of passwordRoutes()) {
    if (!publicRoutes.some((existing) => existing.path === route.path)) publicRoutes.push(route);
  }
  const routes = withLazyElements(
    [
      ...(options.tenantlessRoutes ?? []),
      {
        // One tenant resolution for the public pages and the signed-in app alike.
        element: (
          <TenantProvider app={options.app}>
            <TenantChrome />
            <Outlet />
          </TenantProvider>
        ),
        children: [
          ...publicRoutes,
          {
            path: '/',
            element: (
              <PortalShell
                roles={options.roles}
                nav={options.nav}
                headerExtra={options.headerExtra}
                footer={options.footer}
              />
            ),
            children: options.routes,
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
    onceLoader(options.screenResources),
  );
  function Routes() {
    return useRoutes(routes);
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <ErrorBoundary>
            <Suspense fallback={<LoadingScreen />}>
              <OfflineGate>
                <Routes />
              </OfflineGate>
            </Suspense>
            <UpdatePrompt />
          </ErrorBoundary>
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
  // The sign-in page shows without the Auth SDK; fetch it while the user reads and types.
  const prefetch = () => void loadAuth();
  if ('requestIdleCallback' in window) requestIdleCallback(prefetch);
  else setTimeout(prefetch, 200);
  startServiceWorker();
}

/**
 * A route's screen, loaded when first opened: `screen(() => import('./Page.js'), 'Page')`.
 */
export function screen<M>(
  load: () => Promise<M>,
  name: keyof M & string,
): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => ({ Component: (await load())[name] as ComponentType }),
  };
}
