import { AgencyFooter, Bell, legalRoutes, renderPortal, screen } from '@portail/web';
import { staffRoles } from '@portail/shared';
import { en, fr } from './i18n.js';
import { MessagesNavBadge } from './features/messages/navBadge.js';
import './admin.css';

// Every screen is a chunk of its own: the sign-in page loads none of them.
renderPortal({
  app: 'admin',
  roles: staffRoles,
  nav: [
    { to: '/', labelKey: 'nav.home' },
    { to: '/clients', labelKey: 'nav.clients' },
    { to: '/messages', labelKey: 'nav.messages', badge: MessagesNavBadge },
    { to: '/agenda', labelKey: 'nav.agenda' },
    { to: '/biens', labelKey: 'nav.properties' },
    { to: '/pipeline', labelKey: 'nav.pipeline' },
    { to: '/analyses', labelKey: 'nav.analyses', more: true },
    { to: '/mandats', labelKey: 'nav.mandates', more: true },
    { to: '/agregateur', labelKey: 'nav.aggregator', more: true },
    { to: '/dossiers', labelKey: 'nav.dossiers', more: true },
    { to: '/equipe', labelKey: 'nav.team', more: true },
    { to: '/envois', labelKey: 'nav.emails', roles: ['owner', 'admin'], more: true },
    { to: '/parametres', labelKey: 'nav.settings', roles: ['owner', 'admin'], more: true },
    { to: '/profil', labelKey: 'nav.profile', more: true },
  ],
  headerExtra: Bell,
  // L1: the agency's professional card under every page (its own chunk).
  footer: AgencyFooter,
  routes: [
    {
      path: 'profil',
      ...screen(() => import('./features/profile/components/ProfilePage.js'), 'ProfilePage'),
    },
    {
      path: 'envois',
      ...screen(() => import('./features/emails/components/OutboxPage.js'), 'OutboxPage'),
    },
    { index: true, ...screen(() => import('./features/home/HomePage.js'), 'HomePage') },
    {
      path: 'clients',
      ...screen(() => import('./features/clients/components/ClientsPage.js'), 'ClientsPage'),
    },
    {
      path: 'clients/:clientId',
      ...screen(
        () => import('./features/clientFile/components/ClientFilePage.js'),
        'ClientFilePage',
      ),
    },
    {
      path: 'agenda',
      ...screen(() => import('./features/agenda/components/AgendaPage.js'), 'AgendaPage'),
    },
    {
      path: 'messages',
      ...screen(() => import('./features/messages/components/MessagesPage.js'), 'MessagesPage'),
    },
    {
      path: 'biens',
      ...screen(
        () => import('./features/properties/components/PropertiesPage.js'),
        'PropertiesPage',
      ),
    },
    {
      path: 'biens/nouveau',
      ...screen(
        () => import('./features/properties/components/PropertyEditorPage.js'),
        'PropertyEditorPage',
      ),
    },
    {
      path: 'biens/:propertyId',
      ...screen(
        () => import('./features/properties/components/PropertyEditorPage.js'),
        'PropertyEditorPage',
      ),
    },
    {
      path: 'analyses',
      ...screen(() => import('./features/analyses/components/AnalysesPage.js'), 'AnalysesPage'),
    },
    {
      path: 'mandats',
      ...screen(() => import('./features/mandates/components/MandatesPage.js'), 'MandatesPage'),
    },
    {
      path: 'pipeline',
      ...screen(() => import('./features/pipeline/components/PipelinePage.js'), 'PipelinePage'),
    },
    {
      path: 'agregateur',
      ...screen(
        () => import('./features/aggregator/components/AggregatorPage.js'),
        'AggregatorPage',
      ),
    },
    {
      path: 'dossiers',
      ...screen(() => import('./features/dossiers/components/DossiersPage.js'), 'DossiersPage'),
    },
    {
      path: 'dossiers/:dossierId',
      ...screen(
        () => import('./features/dossiers/components/DossierEditorPage.js'),
        'DossierEditorPage',
      ),
    },
    {
      path: 'equipe',
      ...screen(() => import('./features/team/components/TeamPage.js'), 'TeamPage'),
    },
    {
      path: 'parametres',
      ...screen(() => import('./features/settings/components/SettingsPage.js'), 'SettingsPage'),
    },
  ],
  publicRoutes: [
    {
      path: '/firstlogin',
      ...screen(() => import('./features/team/components/FirstLoginPage.js'), 'FirstLoginPage'),
    },
  ],
  tenantlessRoutes: [
    ...legalRoutes('admin'),
    {
      path: '/signup',
      ...screen(() => import('./features/signup/components/SignUpPage.js'), 'SignUpPage'),
    },
  ],
  resources: { fr, en },
  screenResources: () => import('./screenText.js').then((module) => module.screenText),
});
