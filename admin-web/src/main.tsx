import { renderPortal } from '@portail/web';
import { staffRoles } from '@portail/shared';
import { HomePage } from './features/home/HomePage.js';
import { ClientsPage } from './features/clients/components/ClientsPage.js';
import { SettingsPage } from './features/settings/components/SettingsPage.js';
import { SignUpPage } from './features/signup/components/SignUpPage.js';
import { FirstLoginPage } from './features/team/components/FirstLoginPage.js';
import { TeamPage } from './features/team/components/TeamPage.js';
import { en, fr } from './i18n.js';
import './admin.css';

renderPortal({
  app: 'admin',
  roles: staffRoles,
  nav: [
    { to: '/', labelKey: 'nav.home' },
    { to: '/clients', labelKey: 'nav.clients' },
    { to: '/equipe', labelKey: 'nav.team' },
    { to: '/parametres', labelKey: 'nav.settings', roles: ['owner', 'admin'] },
  ],
  routes: [
    { index: true, element: <HomePage /> },
    { path: 'clients', element: <ClientsPage /> },
    { path: 'equipe', element: <TeamPage /> },
    { path: 'parametres', element: <SettingsPage /> },
  ],
  publicRoutes: [{ path: '/firstlogin', element: <FirstLoginPage /> }],
  tenantlessRoutes: [{ path: '/signup', element: <SignUpPage /> }],
  resources: { fr, en },
});
