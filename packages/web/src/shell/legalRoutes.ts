import type { RouteObject } from 'react-router';

export const termsPath = '/conditions';
export const privacyPath = '/confidentialite';

/**
 * The public legal pages, outside any agency (give them as `tenantlessRoutes`), loaded when
 * opened: the admin app has the terms of use and the privacy policy, the client app the policy.
 */
export function legalRoutes(app: 'admin' | 'client'): RouteObject[] {
  const load = () => import('./LegalPages.js');
  if (app === 'client') {
    return [
      { path: privacyPath, lazy: async () => ({ Component: (await load()).ClientPrivacyPage }) },
    ];
  }
  return [
    { path: termsPath, lazy: async () => ({ Component: (await load()).TermsPage }) },
    { path: privacyPath, lazy: async () => ({ Component: (await load()).AdminPrivacyPage }) },
  ];
}
