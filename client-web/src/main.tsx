import { renderPortal, screen } from '@portail/web';
import { en, fr } from './i18n.js';

// Every screen is a chunk of its own: the sign-in page loads none of them.
renderPortal({
  app: 'client',
  roles: ['client'],
  nav: [{ to: '/', labelKey: 'nav.home' }],
  routes: [{ index: true, ...screen(() => import('./features/home/HomePage.js'), 'HomePage') }],
  publicRoutes: [
    {
      path: '/firstlogin',
      ...screen(() => import('./features/firstlogin/FirstLoginPage.js'), 'FirstLoginPage'),
    },
    {
      path: '/impersonate',
      ...screen(() => import('./features/impersonation/ImpersonatePage.js'), 'ImpersonatePage'),
    },
    {
      path: '/signin-link',
      ...screen(() => import('./features/signinlink/SignInLinkPage.js'), 'SignInLinkPage'),
    },
  ],
  resources: { fr, en },
});
