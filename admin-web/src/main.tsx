import { renderPortal, screen } from '@portail/web';
import { staffRoles } from '@portail/shared';
import { en, fr } from './i18n.js';
import './admin.css';

// Every screen is a chunk of its own: the sign-in page loads none of them.
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
    { index: true, ...screen(() => import('./features/home/HomePage.js'), 'HomePage') },
    {
      path: 'clients',
      ...screen(() => import('./features/clients/components/ClientsPage.js'), 'ClientsPage'),
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
    {
      path: '/signup',
      ...screen(() => import('./features/signup/components/SignUpPage.js'), 'SignUpPage'),
    },
  ],
  resources: { fr, en },
});
