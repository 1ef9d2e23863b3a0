import { renderPortal, screen } from '@portail/web';
import { en, fr } from './navText.js';

// Every screen is a chunk of its own: the sign-in page loads none of them.
renderPortal({
  app: 'client',
  roles: ['client'],
  nav: [
    { to: '/', labelKey: 'nav.home' },
    { to: '/dossiers', labelKey: 'nav.dossiers' },
    { to: '/messages', labelKey: 'nav.messages' },
    { to: '/rendez-vous', labelKey: 'nav.agenda' },
  ],
  routes: [
    {
      index: true,
      ...screen(() => import('./features/space/components/SpacePage.js'), 'SpacePage'),
    },
    {
      path: 'dossiers',
      ...screen(
        () => import('./features/dossiers/components/ClientDossiersPage.js'),
        'ClientDossiersPage',
      ),
    },
    {
      path: 'dossiers/:dossierId',
      ...screen(
        () => import('./features/dossiers/components/ClientDossierPage.js'),
        'ClientDossierPage',
      ),
    },
    {
      path: 'rendez-vous',
      ...screen(
        () => import('./features/agenda/components/ClientAgendaPage.js'),
        'ClientAgendaPage',
      ),
    },
    {
      path: 'messages',
      ...screen(
        () => import('./features/messages/components/ClientMessagesPage.js'),
        'ClientMessagesPage',
      ),
    },
    {
      path: 'biens/:propertyId',
      ...screen(() => import('./features/space/components/PropertyPage.js'), 'PropertyPage'),
    },
  ],
  publicRoutes: [
    {
      path: '/dossier-invite',
      ...screen(
        () => import('./features/dossiers/components/GuestDossierPage.js'),
        'GuestDossierPage',
      ),
    },
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
  screenResources: () => import('./screenText.js').then((module) => module.screenText),
});
