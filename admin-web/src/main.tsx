import { renderPortal } from '@portail/web';
import { staffRoles } from '@portail/shared';
import { HomePage } from './features/home/HomePage.js';
import { en, fr } from './i18n.js';

renderPortal({
  app: 'admin',
  roles: staffRoles,
  nav: [{ to: '/', labelKey: 'nav.home' }],
  routes: [{ index: true, element: <HomePage /> }],
  resources: { fr, en },
});
