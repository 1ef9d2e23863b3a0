import { passwordRoutes, renderPortal } from '@portail/web';
import { FirstLoginPage } from './features/firstlogin/FirstLoginPage.js';
import { HomePage } from './features/home/HomePage.js';
import { ImpersonatePage } from './features/impersonation/ImpersonatePage.js';
import { SignInLinkPage } from './features/signinlink/SignInLinkPage.js';
import { en, fr } from './i18n.js';

renderPortal({
  app: 'client',
  roles: ['client'],
  nav: [{ to: '/', labelKey: 'nav.home' }],
  routes: [{ index: true, element: <HomePage /> }],
  publicRoutes: [
    { path: '/firstlogin', element: <FirstLoginPage /> },
    { path: '/impersonate', element: <ImpersonatePage /> },
    { path: '/signin-link', element: <SignInLinkPage /> },
    ...passwordRoutes(),
  ],
  resources: { fr, en },
});
