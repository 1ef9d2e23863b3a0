import { AgencyFooter, Bell, legalRoutes, renderPortal, screen } from '@portail/web';
import { en, fr } from './navText.js';
import { MessagesNavBadge } from './features/messages/navBadge.js';

// Every screen is a chunk of its own: the sign-in page loads none of them.
renderPortal({
  app: 'client',
  roles: ['client'],
  nav: [
    { to: '/', labelKey: 'nav.home' },
    { to: '/dossiers', labelKey: 'nav.dossiers' },
    { to: '/documents', labelKey: 'nav.documents' },
    { to: '/messages', labelKey: 'nav.messages', badge: MessagesNavBadge },
    { to: '/rendez-vous', labelKey: 'nav.agenda' },
    { to: '/carte', labelKey: 'nav.map' },
  ],
  headerExtra: Bell,
  routes: [
    {
      path: 'mes-donnees',
      ...screen(() => import('./features/archive/components/MyDataPage.js'), 'MyDataPage'),
    },
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
      path: 'documents',
      ...screen(
        () => import('./features/documents/components/ClientDocumentsPage.js'),
        'ClientDocumentsPage',
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
      path: 'carte',
      ...screen(() => import('./features/map/components/SpaceMapPage.js'), 'SpaceMapPage'),
    },
    {
      path: 'biens/:propertyId',
      ...screen(() => import('./features/space/components/PropertyPage.js'), 'PropertyPage'),
    },
  ],
  publicRoutes: [
    {
      path: '/tarifs',
      ...screen(() => import('./features/tariffs/components/TariffsPage.js'), 'TariffsPage'),
    },
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
  tenantlessRoutes: legalRoutes('client'),
  // L1: the card number and « Tarifs » under every page (its own chunk).
  footer: AgencyFooter,
  resources: { fr, en },
  screenResources: () => import('./screenText.js').then((module) => module.screenText),
});
